import { AuthenticationError, type ClaimNames, type IdentityVerifier, type Principal } from '@pdr/application';
import { errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { principalFromClaims } from './principal-from-claims';

export interface JwtVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly claims: ClaimNames;
  /** Tolerated clock difference between the provider and this service. */
  readonly clockToleranceSeconds?: number;
}

/** Asymmetric algorithms only: a shared-secret or unsigned token is never accepted. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const MAX_TOKEN_LENGTH = 16 * 1024;
/** Tokens verified recently, kept until they expire: a client sends the same token with every call. */
const MAX_REMEMBERED = 5000;

/**
 * Verifies bearer access tokens with `jose`: signature against the issuer's keys, issuer, audience, expiry (real time,
 * never the procedure's controllable clock). One implementation for every provider; only the key source differs
 * (the embedded provider's own keys, or a remote JWKS).
 */
export class JwtVerifier implements IdentityVerifier {
  /**
   * A token's signature, issuer and audience do not change: once verified, only its expiry is checked again. The same
   * string is the same signed token, so this trusts nothing new; it saves a signature check per request.
   */
  private readonly remembered = new Map<string, Principal>();

  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly options: JwtVerifierOptions,
  ) {}

  async verify(token: string): Promise<Principal> {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) throw new AuthenticationError('malformed bearer token');
    const known = this.remembered.get(token);
    if (known) {
      if (known.expiresAt * 1000 > Date.now()) return known;
      this.remembered.delete(token);
    }
    const principal = await this.verifySignedToken(token);
    if (this.remembered.size >= MAX_REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(token, principal);
    return principal;
  }

  private async verifySignedToken(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: this.options.clockToleranceSeconds ?? 5,
      });
      return principalFromClaims(payload, this.options.claims);
    } catch (error) {
      throw new AuthenticationError(reasonFor(error));
    }
  }
}

function reasonFor(error: unknown): string {
  if (error instanceof AuthenticationError) return error.reason;
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is signed by an unknown key';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token algorithm is not accepted';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError) return 'the token could not be verified';
  return 'the token could not be verified';
}
