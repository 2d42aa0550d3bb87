import type { BoardRules } from '../rulebooks/board-rules';
import { sameName } from './name-matching';
import type { PanelistProfile } from './panelist-profile';
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

/** Every reason a Panelist cannot hear this Case, in a fixed order. */
function exclusionsOf(board: BoardRules, panelist: PanelistProfile, c: SelectionCase, setAside: ReadonlySet<string>): Exclusion[] {
  const found: Exclusion[] = [];
  const add = (rule: string, reason: string) => found.push({ panelistId: panelist.panelistId, rule, reason });
  const { selectionRule: membership, conflictRule: conflict } = board;
  const competitors = c.respondentCompetitors ?? [];
  const isCompetitor = (name: string) => competitors.some((competitor) => sameName(competitor, name));
  const isParty = (name: string) => sameName(name, c.respondentName) || sameName(name, c.complainantName);

  if (panelist.active === false) add(membership, 'withdrawn from the Data Privacy Board');
  if (!panelist.confidentialityAgreementSignedOn) add(membership, 'has not signed the confidentiality agreement');
  if (setAside.has(panelist.panelistId)) add(conflict, 'set aside for this case (disqualified or objected to)');

  if (sameName(panelist.employer, c.respondentName)) add(conflict, `employer ${panelist.employer} is the Respondent`);
  else if (sameName(panelist.employer, c.complainantName)) add(conflict, `employer ${panelist.employer} is the Complainant`);
  if (isCompetitor(panelist.employer) || (panelist.employerCompetitors ?? []).some((name) => sameName(name, c.respondentName))) {
    add(conflict, `employer ${panelist.employer} competes directly with the Respondent`);
  }
  for (const affiliate of panelist.affiliations) {
    if (sameName(affiliate, c.respondentName)) add(conflict, `affiliate ${affiliate} is the Respondent`);
    else if (sameName(affiliate, c.complainantName)) add(conflict, `affiliate ${affiliate} is the Complainant`);
    else if (isCompetitor(affiliate)) add(conflict, `affiliate ${affiliate} competes directly with the Respondent`);
  }
  for (const tie of panelist.relationships) {
    const byBusinessId = tie.businessId !== undefined && tie.businessId === c.respondentBusinessId;
    if (byBusinessId || isParty(tie.with)) add(conflict, `${tie.kind} relationship with ${tie.with}, a Party`);
    else if (tie.kind === 'representation' && isCompetitor(tie.with)) add(conflict, `represents ${tie.with}, a direct competitor of the Respondent`);
    // Another employer counts like the main one: "employer ... competes directly with the Respondent".
    else if (tie.kind === 'employment' && isCompetitor(tie.with)) add(conflict, `employed by ${tie.with}, a direct competitor of the Respondent`);
  }
  return found;
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
    const reasons = exclusionsOf(request.board, byId.get(id)!, request.case, setAside);
    if (reasons.length === 0) eligible.push(id);
    else excluded.push(...reasons);
  }
  const selected = eligible.length > 0 ? { panelistId: eligible[seededIndex(request.seed, eligible.length)]! } : undefined;
  return { ...(selected ? { selected } : {}), eligible, excluded, seed: request.seed };
}
