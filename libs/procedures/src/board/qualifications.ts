/** Professional qualifications a Panelist may hold; the ones VS-8.3 names, plus CIPT. */
export const QUALIFICATIONS = ['CIPP', 'CIPM', 'CIPT', 'JD', 'bar-license'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** VS-8.3 (and VS-9.3 for appeals): a current CIPP or CIPM, a JD, or a license to practise law. */
export function meetsVs83(qualifications: readonly string[]): boolean {
  return qualifications.some((q) => q === 'CIPP' || q === 'CIPM' || q === 'JD' || q === 'bar-license');
}
