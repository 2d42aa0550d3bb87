import { createHmac } from 'node:crypto';
import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthenticationError, type Clock, CommandProcessor, type IdentityVerifier, type KeyStore, type Principal } from '@pdr/application';
import type { Role } from '@pdr/event-sourcing';
import { CLOCK, IDENTITY_VERIFIER, KEY_STORE } from '@pdr/platform';
import type { FastifyRequest } from 'fastify';
import { type AccessRule, accessRuleFor } from './access-policy';
import { caseAccessRefusal, isAdjudicator, isPartyRole } from './case-access';

/** What the guard established about a request: who calls (when signed in) and in which role. */
export interface RequestAccess {
  readonly principal?: Principal;
  readonly role?: Role;
  readonly rule: AccessRule;
  /** A digest of the request as sent (method, path, body): binds an Idempotency-Key to the request it came with. */
  readonly fingerprint: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    access?: RequestAccess;
  }
}

const refuse = (message: string) => new ForbiddenException({ message, field: 'Authorization' });

/**
 * Keyed (HMAC) rather than a plain digest: the fingerprint is stored in the log's metadata, unsealed, and a plain
 * digest would let whoever holds the log alone confirm a guessed body long after its data was erased.
 */
function requestFingerprint(request: FastifyRequest, key: Buffer): string {
  return createHmac('sha256', key).update(`${request.method} ${request.url}\u0000${JSON.stringify(request.body ?? null)}`).digest('base64url');
}

/** The key request fingerprints are made with: one for the service, kept in the key store beside the data keys. */
const FINGERPRINT_KEY_SUBJECT = 'service:request-fingerprints';

/** The bearer token of a request; undefined when none is sent. */
function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header.trim());
  if (!match) throw new UnauthorizedException({ message: 'Authorization must be "Bearer <access token>"', field: 'Authorization' });
  return match[1];
}

/**
 * The one access check, before any pipe or handler: the operation's rule from the access policy, the caller from a
 * verified token (never from what a client writes elsewhere), the acting role, and the case the caller may reach.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(IDENTITY_VERIFIER) private readonly verifier: IdentityVerifier,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly processor: CommandProcessor,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
  ) {}

  private fingerprintKey?: Promise<Buffer>;

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const rule = accessRuleFor(request.method, request.routeOptions.url ?? '');
    if (!rule) throw refuse('no access policy covers this operation');
    const principal = await this.authenticate(request);
    this.fingerprintKey ??= this.keys.dataKey(FINGERPRINT_KEY_SUBJECT).catch((error: unknown) => {
      this.fingerprintKey = undefined;
      throw error;
    });
    const fingerprint = requestFingerprint(request, await this.fingerprintKey);
    if (rule.public) {
      request.access = { rule, fingerprint, ...(principal ? { principal } : {}) };
      return true;
    }
    if (!principal) throw new UnauthorizedException({ message: 'sign in: send "Authorization: Bearer <access token>"', field: 'Authorization' });
    const role = rule.roles.find((allowed) => principal.roles.includes(allowed));
    if (!role) throw refuse(`this operation is for ${rule.roles.join(', ')}`);
    await this.checkScope(request, principal, role, rule);
    request.access = { principal, role, rule, fingerprint };
    return true;
  }

  private async authenticate(request: FastifyRequest): Promise<Principal | undefined> {
    const token = bearer(request);
    if (token === undefined) return undefined;
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      // Refused even on public operations, so a client learns at once that its token is bad.
      throw new UnauthorizedException({ message: error.reason, field: 'Authorization' });
    }
  }

  private async checkScope(request: FastifyRequest, principal: Principal, role: Role, rule: AccessRule): Promise<void> {
    const params = (request.params ?? {}) as Record<string, string>;
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (isAdjudicator(role)) {
      if (rule.ownPanelistParam && params[rule.ownPanelistParam] !== principal.panelistId) throw refuse('a Panelist acts on their own Board record only');
      if (rule.ownPanelistField && typeof body === 'object' && body[rule.ownPanelistField] !== principal.panelistId) throw refuse('a Panelist acts in their own name only');
    }
    const caseId = params.caseId;
    if (caseId !== undefined) {
      const refusal = await caseAccessRefusal(this.processor, principal, role, rule, caseId);
      if (refusal) throw refuse(refusal);
    } else if (isPartyRole(role) && request.method !== 'GET') {
      throw refuse('a Party acts only on its own case');
    }
    if (isPartyRole(role) && body && typeof body === 'object') {
      if (rule.sideField && body[rule.sideField] !== principal.case?.side) throw new ForbiddenException({ message: `a Party acts in its own name: ${rule.sideField} must be "${principal.case?.side}"`, field: rule.sideField });
      // What a Party sends is received when it arrives: a Party cannot date its own submission.
      if ('receivedAt' in body) body.receivedAt = this.clock.now().toISOString();
    }
  }
}
