/** The first administrator's password in benchmark instances (ADMIN_INITIAL_PASSWORD). */
export const BENCH_ADMIN_PASSWORD = 'benchmark-admin-password';

/** Signs in through the embedded OpenID provider as a script would (password grant on pdr-cli); the bearer header. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'pdr-cli', username, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} answered ${response.status}`);
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { authorization: `Bearer ${token}` };
}

/** A case manager's credentials for the benchmark, opened by the first administrator through the API. */
export async function staffAndAdmin(baseUrl: string): Promise<{ staff: Record<string, string>; admin: Record<string, string> }> {
  const admin = await signIn(baseUrl, 'admin', BENCH_ADMIN_PASSWORD);
  const password = 'benchmark-staff-password';
  const opened = await fetch(`${baseUrl}/accounts`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'person', username: 'bench-staff', displayName: 'Benchmark staff', roles: ['case-manager'], password }),
  });
  if (opened.status !== 201) throw new Error(`opening the staff account answered ${opened.status}`);
  return { staff: await signIn(baseUrl, 'bench-staff', password), admin };
}
