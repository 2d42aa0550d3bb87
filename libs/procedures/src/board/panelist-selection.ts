import type { QualificationRequirement } from '../rulebooks/appointment-rules';
import type { BoardRules } from '../rulebooks/board-rules';
import { CONFLICT_GROUNDS, type ConflictGround } from '../rulebooks/panel-rules';
import { sameName } from './name-matching';
import type { PanelistProfile } from './panelist-profile';
import { checkQualifications } from './qualifications';
import { seededIndex } from './seeded-draw';

export interface SelectionCase {
  readonly respondentName: string;
  readonly respondentBusinessId?: string;
  readonly complainantName: string;
  /** The Respondent's direct competitors, as known to the CBBB. */
  readonly respondentCompetitors?: readonly string[];
}

export interface SelectionRequest {
  /** The Board's rules: each exclusion names the rule it is made under (membership, or a conflict). */
  readonly board: BoardRules;
  readonly panelists: readonly PanelistProfile[];
  readonly case: SelectionCase;
  /** Panelists set aside for this Case: one who disqualified themselves, or an objection the CBBB upheld (BBB-4.2.1). */
  readonly exclude?: readonly string[];
  /** Recorded with the selection so anyone can re-derive it. */
  readonly seed: string;
  /** The conflicts checked (the case's rules); absent: every one the Board knows (BBB-4.2.1). */
  readonly conflictGrounds?: readonly ConflictGround[];
  /** Qualifications the case's rules require (each with its rule); absent: none beyond membership. */
  readonly qualifications?: readonly QualificationRequirement[];
  /** Members the case's own history rules out, each with its rule and reason (e.g. the officer who heard the case). */
  readonly excludedPersons?: readonly Exclusion[];
}

export interface Exclusion {
  readonly panelistId: string;
  readonly reason: string;
  /** The Board's `selectionRule` (not a member able to serve) or `conflictRule` (a conflict, or set aside for the case). */
  readonly rule: string;
}

export interface SelectionResult {
  /** Absent when no Panelist is eligible. */
  readonly selected?: { readonly panelistId: string };
  /** Eligible Panelist ids, sorted: the list the draw picks from. */
  readonly eligible: readonly string[];
  /** One entry per reason: a Panelist with two conflicts appears twice. */
  readonly excluded: readonly Exclusion[];
  readonly seed: string;
}

/** Every reason a Panelist cannot hear this Case, in a fixed order: membership, set aside, excluded, qualifications, conflicts. */
function exclusionsOf(request: SelectionRequest, panelist: PanelistProfile, setAside: ReadonlySet<string>): Exclusion[] {
  const found: Exclusion[] = [];
  const add = (rule: string, reason: string) => found.push({ panelistId: panelist.panelistId, rule, reason });
  const { selectionRule: membership, conflictRule: conflict } = request.board;
  const c = request.case;
  const checked = new Set<ConflictGround>(request.conflictGrounds ?? CONFLICT_GROUNDS);
  // A conflict counts only when the case's rules check its ground (all of them for the Board's own, BBB-4.2.1).
  const conflictOn = (ground: ConflictGround, reason: string) => {
    if (checked.has(ground)) add(conflict, reason);
  };
  const competitors = c.respondentCompetitors ?? [];
  const isCompetitor = (name: string) => competitors.some((competitor) => sameName(competitor, name));
  const isParty = (name: string) => sameName(name, c.respondentName) || sameName(name, c.complainantName);

  if (panelist.active === false) add(membership, 'withdrawn from the Data Privacy Board');
  if (!panelist.confidentialityAgreementSignedOn) add(membership, 'has not signed the confidentiality agreement');
  if (setAside.has(panelist.panelistId)) add(conflict, 'set aside for this case (disqualified or objected to)');
  for (const excluded of request.excludedPersons ?? []) if (excluded.panelistId === panelist.panelistId) add(excluded.rule, excluded.reason);
  const qualified = checkQualifications(request.qualifications ?? [], panelist.qualifications);
  if (!qualified.met) add(qualified.unmet.rule, `holds none of ${qualified.unmet.anyOf.map((accepted) => accepted.description).join('; ')}`);

  if (sameName(panelist.employer, c.respondentName)) conflictOn('employer-or-affiliate-is-respondent', `employer ${panelist.employer} is the Respondent`);
  else if (sameName(panelist.employer, c.complainantName)) conflictOn('relationship-with-party', `employer ${panelist.employer} is the Complainant`);
  if (isCompetitor(panelist.employer) || (panelist.employerCompetitors ?? []).some((name) => sameName(name, c.respondentName))) {
    conflictOn('employer-or-affiliate-competes-with-respondent', `employer ${panelist.employer} competes directly with the Respondent`);
  }
  for (const affiliate of panelist.affiliations) {
    if (sameName(affiliate, c.respondentName)) conflictOn('employer-or-affiliate-is-respondent', `affiliate ${affiliate} is the Respondent`);
    else if (sameName(affiliate, c.complainantName)) conflictOn('relationship-with-party', `affiliate ${affiliate} is the Complainant`);
    else if (isCompetitor(affiliate)) conflictOn('employer-or-affiliate-competes-with-respondent', `affiliate ${affiliate} competes directly with the Respondent`);
  }
  for (const tie of panelist.relationships) {
    const byBusinessId = tie.businessId !== undefined && tie.businessId === c.respondentBusinessId;
    if (byBusinessId || isParty(tie.with)) conflictOn('relationship-with-party', `${tie.kind} relationship with ${tie.with}, a Party`);
    else if (tie.kind === 'representation' && isCompetitor(tie.with)) conflictOn('represents-direct-competitor', `represents ${tie.with}, a direct competitor of the Respondent`);
    // Another employer counts like the main one: "employer ... competes directly with the Respondent".
    else if (tie.kind === 'employment' && isCompetitor(tie.with)) conflictOn('employer-or-affiliate-competes-with-respondent', `employed by ${tie.with}, a direct competitor of the Respondent`);
  }
  return found;
}

/** Why one member of the pool cannot take this case (none: eligible); a member not in the pool is not one to judge. */
export function exclusionsFor(request: Omit<SelectionRequest, 'seed'>, panelist: PanelistProfile): Exclusion[] {
  return exclusionsOf(request as SelectionRequest, panelist, new Set(request.exclude ?? []));
}

/**
 * BBB-4.2 / BBB-4.5: one Panelist drawn at random from those eligible for the Case. Pure and reproducible:
 * the same panelists (in any order), case and seed give the same result.
 */
export function selectPanelist(request: SelectionRequest): SelectionResult {
  const setAside = new Set(request.exclude ?? []);
  // Sorted by id (code units, not locale) and de-duplicated, so input order cannot change the draw.
  const byId = new Map(request.panelists.map((p) => [p.panelistId, p]));
  const ids = [...byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const eligible: string[] = [];
  const excluded: Exclusion[] = [];
  for (const id of ids) {
    const reasons = exclusionsOf(request, byId.get(id)!, setAside);
    if (reasons.length === 0) eligible.push(id);
    else excluded.push(...reasons);
  }
  const selected = eligible.length > 0 ? { panelistId: eligible[seededIndex(request.seed, eligible.length)]! } : undefined;
  return { ...(selected ? { selected } : {}), eligible, excluded, seed: request.seed };
}
