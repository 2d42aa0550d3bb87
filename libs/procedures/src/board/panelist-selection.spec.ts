import fc from 'fast-check';
import type { PanelistProfile } from './panelist-profile';
import { DATA_PRIVACY_BOARD } from '../rulebooks/board-rules';
import { type SelectionCase, selectPanelist } from './panelist-selection';

const panelist = (panelistId: string, overrides: Partial<PanelistProfile> = {}): PanelistProfile => ({
  panelistId,
  employer: `Independent Practice ${panelistId}`,
  affiliations: [],
  relationships: [],
  confidentialityAgreementSignedOn: '2026-01-10',
  ...overrides,
});

const theCase: SelectionCase = {
  respondentName: 'Acme Analytics Inc.',
  respondentBusinessId: 'biz-acme',
  complainantName: 'Ada Example',
  respondentCompetitors: ['Globex Data LLC'],
};

/** Given these Board members, when a Panelist is selected for the Case: the result. */
const givenBoard = (...panelists: PanelistProfile[]) => ({
  whenSelecting: (options: { case?: SelectionCase; exclude?: string[]; seed?: string } = {}) =>
    selectPanelist({ board: DATA_PRIVACY_BOARD, panelists, case: options.case ?? theCase, seed: options.seed ?? 'seed-1', ...(options.exclude ? { exclude: options.exclude } : {}) }),
});

describe('panelist selection (BBB-4.2, BBB-4.2.1, BBB-4.5)', () => {
  it.each<[string, Partial<PanelistProfile>, RegExp]>([
    ['whose employer is the Respondent', { employer: 'ACME ANALYTICS, LLC' }, /employer .* is the Respondent/],
    ['whose employer competes directly with the Respondent', { employer: 'Globex Data' }, /employer .* competes directly with the Respondent/],
    ['whose employer names the Respondent as its direct competitor', { employerCompetitors: ['Acme Analytics'] }, /competes directly with the Respondent/],
    ['with an affiliate that is the Respondent', { affiliations: ['The Acme Analytics Company'] }, /affiliate .* is the Respondent/],
    ['with an affiliate that competes directly with the Respondent', { affiliations: ['Globex Data Ltd.'] }, /affiliate .* competes directly/],
    ['who represents a direct competitor', { relationships: [{ with: 'Globex Data', kind: 'representation' }] }, /represents Globex Data, a direct competitor/],
    ['with a business relationship with the Respondent', { relationships: [{ with: 'acme analytics', kind: 'business' }] }, /business relationship with acme analytics, a Party/],
    ['with an employment relationship with the Respondent, matched by business id', { relationships: [{ with: 'Acme EU Branch', businessId: 'biz-acme', kind: 'employment' }] }, /employment relationship .* a Party/],
    ['who represents the Complainant', { relationships: [{ with: 'Ada  Example', kind: 'representation' }] }, /representation relationship with Ada {2}Example, a Party/],
    ['with any other relationship with the Complainant', { relationships: [{ with: 'Ada Example', kind: 'other' }] }, /other relationship/],
  ])('BBB-4.2.1 excludes a panelist %s', (_, overrides, reason) => {
    const result = givenBoard(panelist('p-conflicted', overrides), panelist('p-free')).whenSelecting();
    expect(result.excluded).toEqual([{ panelistId: 'p-conflicted', rule: 'BBB-4.2.1', reason: expect.stringMatching(reason) }]);
    expect(result.eligible).toEqual(['p-free']);
    expect(result.selected).toEqual({ panelistId: 'p-free' });
  });

  it('BBB-4.2.1 keeps a panelist whose ties are with other businesses (exact names, no partial matching)', () => {
    const result = givenBoard(
      panelist('p-1', { employer: 'Acme', affiliations: ['Acme Analytics Europe'], relationships: [{ with: 'Globex Data', kind: 'business' }] }),
    ).whenSelecting();
    expect(result).toEqual({ selected: { panelistId: 'p-1' }, eligible: ['p-1'], excluded: [], seed: 'seed-1' });
  });

  it('BBB-4.2.1 records every conflict of a panelist, one entry each', () => {
    const result = givenBoard(panelist('p-1', { employer: 'Acme Analytics', relationships: [{ with: 'Ada Example', kind: 'other' }] })).whenSelecting();
    expect(result.excluded.map((e) => e.reason)).toEqual([expect.stringMatching(/is the Respondent/), expect.stringMatching(/other relationship with Ada Example/)]);
  });

  it('BBB-4.2.1 sets aside a panelist who disqualified themselves or was objected to', () => {
    const result = givenBoard(panelist('p-1'), panelist('p-2')).whenSelecting({ exclude: ['p-1'] });
    expect(result.excluded).toEqual([{ panelistId: 'p-1', rule: 'BBB-4.2.1', reason: expect.stringMatching(/disqualified or objected/) }]);
    expect(result.selected).toEqual({ panelistId: 'p-2' });
  });

  it('BBB-4.2 excludes a panelist without a signed confidentiality agreement, and one withdrawn from the Board', () => {
    const { confidentialityAgreementSignedOn: _, ...unsigned } = panelist('p-unsigned');
    const result = givenBoard(unsigned, panelist('p-gone', { active: false }), panelist('p-ok')).whenSelecting();
    expect(result.excluded).toEqual([
      { panelistId: 'p-gone', rule: 'BBB-4.2', reason: 'withdrawn from the Data Privacy Board' },
      { panelistId: 'p-unsigned', rule: 'BBB-4.2', reason: 'has not signed the confidentiality agreement' },
    ]);
    expect(result.selected).toEqual({ panelistId: 'p-ok' });
  });

  it('names the rules of the Board it selects from: they are data (BoardRules), not literals of the selection (issue 10)', () => {
    const board = { selectionRule: 'BOARD-MEMBERSHIP', conflictRule: 'BOARD-CONFLICT' };
    const result = selectPanelist({ board, panelists: [panelist('p-gone', { active: false }), panelist('p-acme', { employer: 'Acme Analytics' }), panelist('p-ok')], case: theCase, seed: 'seed-1' });
    expect(result.excluded.map(({ panelistId, rule }) => ({ panelistId, rule }))).toEqual([
      { panelistId: 'p-acme', rule: 'BOARD-CONFLICT' },
      { panelistId: 'p-gone', rule: 'BOARD-MEMBERSHIP' },
    ]);
    expect(DATA_PRIVACY_BOARD).toEqual({ selectionRule: 'BBB-4.2', conflictRule: 'BBB-4.2.1' });
  });

  it('BBB-4.5 selects no one when no panelist is eligible', () => {
    const result = givenBoard(panelist('p-1', { employer: 'Acme Analytics' })).whenSelecting();
    expect(result.selected).toBeUndefined();
    expect(result).toEqual({ eligible: [], excluded: [expect.objectContaining({ panelistId: 'p-1' })], seed: 'seed-1' });
    expect(givenBoard().whenSelecting()).toEqual({ eligible: [], excluded: [], seed: 'seed-1' });
  });

  it('the same seed gives the same choice, whatever the order of the panelists', () => {
    const board = ['p-c', 'p-a', 'p-e', 'p-b', 'p-d'].map((id) => panelist(id));
    const first = givenBoard(...board).whenSelecting({ seed: 'case-42/selection-1' });
    expect(givenBoard(...[...board].reverse()).whenSelecting({ seed: 'case-42/selection-1' })).toEqual(first);
    expect(first.eligible).toEqual(['p-a', 'p-b', 'p-c', 'p-d', 'p-e']);
  });

  it('different seeds spread the choice over every eligible panelist', () => {
    const board = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'].map((id) => panelist(id));
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const { selected } = givenBoard(...board).whenSelecting({ seed: `seed-${i}` });
      counts.set(selected!.panelistId, (counts.get(selected!.panelistId) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5']);
    // 400 expected each; a fair draw stays well within ±25 %.
    for (const count of counts.values()) expect(count).toBeGreaterThan(300);
  });

  describe('properties', () => {
    const profileArb = fc.record({
      panelistId: fc.stringMatching(/^p-[a-z0-9]{1,6}$/),
      employer: fc.constantFrom('Acme Analytics Inc.', 'Globex Data', 'Initech', 'Umbrella Privacy LLP', 'Solo Practice'),
      affiliations: fc.subarray(['Acme Analytics', 'IAPP', 'Globex Data LLC', 'Law Society']),
      relationships: fc.array(
        fc.record({ with: fc.constantFrom('Ada Example', 'Acme Analytics', 'Globex Data', 'Hooli'), kind: fc.constantFrom('business' as const, 'employment' as const, 'representation' as const, 'other' as const) }),
        { maxLength: 2 },
      ),
      confidentialityAgreementSignedOn: fc.constantFrom('2026-01-10', ''),
      active: fc.boolean(),
    });
    const boardArb = fc.uniqueArray(profileArb, { selector: (p) => p.panelistId, maxLength: 12 });

    it('the selected panelist is always eligible; eligible and excluded partition the Board; the draw is reproducible and order-free', () => {
      fc.assert(
        fc.property(boardArb, fc.string(), fc.subarray(['p-a', 'p-b', 'p-1']), (board, seed, exclude) => {
          const result = selectPanelist({ board: DATA_PRIVACY_BOARD, panelists: board, case: theCase, exclude, seed });
          if (result.selected) expect(result.eligible).toContain(result.selected.panelistId);
          expect(result.selected === undefined).toBe(result.eligible.length === 0);
          const excludedIds = new Set(result.excluded.map((e) => e.panelistId));
          for (const id of result.eligible) expect(excludedIds.has(id)).toBe(false);
          expect(new Set([...result.eligible, ...excludedIds])).toEqual(new Set(board.map((p) => p.panelistId)));
          expect(selectPanelist({ board: DATA_PRIVACY_BOARD, panelists: [...board].reverse(), case: theCase, exclude, seed })).toEqual(result);
        }),
      );
    });
  });
});
