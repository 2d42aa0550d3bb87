import { createHash } from 'node:crypto';
import { bbbEuSafeHarbor } from './bbb-eu-safe-harbor';
import { SHIPPED_RULEBOOK_VERSIONS } from './registered-versions';
import { currentRulebook, currentRulebooks, findRulebook, RULEBOOK_IDS, rulebookVersions } from './registry';
import { revisedRulebook, withRegisteredRulebook } from './registry.testing';
import { requireRulebook, requireRulebookVersion, UnknownRulebookVersion } from './require-rulebook';
import type { Rulebook } from './rulebook';
import { verasafe2016 } from './verasafe-2016';

/** The data of a version, keys sorted, so the digest changes with the data and nothing else. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
const fingerprint = (rulebook: Rulebook) => createHash('sha256').update(canonical(rulebook)).digest('hex').slice(0, 16);

/**
 * Cases running under a version are decided under its data for as long as they run. Changing a shipped version's data
 * fails here: add a new version to the rulebook's module (e.g. bbbEuSafeHarborVersions) instead, and pin its digest.
 */
const PINNED: Readonly<Record<string, string>> = {
  // Re-pinned once in place (issue 10, not a new version): which periods BBB-4.5.4 extends (`extendable`) and the BBB-3.4
  // settlement letter's notice kind were added as data, correcting what version 1 always meant.
  // Re-pinned again in place (issue 10, rule ids out of code): the Annual Procedure Report's rules (`report`: BBB-7.1,
  // 7.2, 7.3, 4.6.4, 4.4.1) and the refusal rule (`referral.refusalRule`: BBB-6) were literals in code and are now data:
  // moved, not changed; every case decides and reports as before (without these two, the digest is a5a75887bb9ec4e1).
  // Re-pinned a third time in place (issue 10, "noted for the report"): `report.noted` (report rule BBB-7.1; matters
  // BBB-4.4.1 default, BBB-4.6.4 refusal of corrective action, BBB-5 noncompliance) was added as data. It says what the
  // text of version 1 always required ("noted in the next Procedure report"); cases under it now also emit
  // `NotedForReport` beside the events they emitted before, which are unchanged (before this, deed046580ea8b8a).
  // Re-pinned a fourth time in place (issue 10, the procedure as composed parts): the written phase's periods and
  // notices moved into exchange slots (`hearing.exchange`), the Panelist's appointment gained the appointment part's
  // data (`panel.role`, `choice`, `conflictGrounds`, `replacement`…), and every closure moved into one `outcomes`
  // catalogue that the parts' data reference. Same periods, notices, stages, closures and events for every case
  // (before this, f2afab0580959122; VeraSafe's, which gained its catalogue and VS-5.5's appeal, afa5737ee45afcdb).
  // BBB's written phase then gained `exchange.facts: 'hearing'`, naming the facts it has always recorded (before this,
  // b830785ab7b9c950).
  'bbb-eu-safe-harbor@1': 'f2f661d6f22e108b',
  // Issue 11: VeraSafe's procedure is being built in place under its one version (its text's date): no case can yet
  // have run under steps this version lacked, except those the text always required. Filing elements (VS-3.1),
  // computed conditions (VS-5.1, 5.2), VS-5.3's closure, VS-6.1, VS-11.1, the mediation (VS-7) and the referral (VS-13)
  // were added as data (before this, 9559b4c35f5e834f); then the hearing (VS-8.1 to 8.3), performance (VS-12) and the
  // Annual Procedure Report (VS-14) (before this, d9dd08366c8c78aa); then the officer's proceedings (VS-8.4(a), (b)),
  // the Hearing Decision (VS-8.4(c)) and its appeal (VS-9) (before this, 37aada077e9e7fcc).
  'verasafe-2016@2016-10-24': '34f2ec8f3fe87d3b',
};

describe('rulebook registry: every version of every rulebook (issue 10)', () => {
  it('finds an exact version, and files new complaints under the latest registered', () => {
    expect(findRulebook({ id: 'bbb-eu-safe-harbor', version: '1' })).toBe(bbbEuSafeHarbor);
    expect(findRulebook({ id: 'verasafe-2016', version: '2016-10-24' })).toBe(verasafe2016);
    expect(findRulebook({ id: 'bbb-eu-safe-harbor', version: '2016-10-24' })).toBeUndefined();
    expect(currentRulebook('bbb-eu-safe-harbor')).toBe(bbbEuSafeHarbor);
    expect(currentRulebook('gdpr')).toBeUndefined();
    expect(RULEBOOK_IDS).toEqual(['bbb-eu-safe-harbor', 'verasafe-2016']);
    expect(currentRulebooks()).toEqual([bbbEuSafeHarbor, verasafe2016]);
  });

  it('ships each version once, and never changes the data of a shipped version', () => {
    const refs = SHIPPED_RULEBOOK_VERSIONS.map((rulebook) => `${rulebook.id}@${rulebook.version}`);
    expect(new Set(refs).size).toBe(refs.length);
    expect(Object.fromEntries(SHIPPED_RULEBOOK_VERSIONS.map((rulebook) => [`${rulebook.id}@${rulebook.version}`, fingerprint(rulebook)]))).toEqual(PINNED);
  });

  it('a command naming a rulebook by id gets its current version; a case naming an unknown version is a fault, not a refusal of the request', () => {
    expect(requireRulebook('verasafe-2016')).toBe(verasafe2016);
    expect(() => requireRulebook('gdpr')).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'RULEBOOK-UNKNOWN', field: 'rulebookId' }));
    expect(requireRulebookVersion({ id: 'verasafe-2016', version: '2016-10-24' })).toBe(verasafe2016);
    expect(() => requireRulebookVersion({ id: 'verasafe-2016', version: '2020-01-01' })).toThrow(UnknownRulebookVersion);
    expect(() => requireRulebookVersion({ id: 'verasafe-2016', version: '2020-01-01' })).toThrow('verasafe-2016 version 2020-01-01 is not registered (registered: 2016-10-24)');
    expect(() => requireRulebookVersion({ id: 'gdpr', version: '1' })).toThrow('no rulebook "gdpr" (version 1) is registered');
  });

  describe('withRegisteredRulebook (tests only)', () => {
    const v2 = revisedRulebook(bbbEuSafeHarbor, '2', { title: 'BBB EU Safe Harbor Rules, 2nd version' });

    it('registers a new version for the time of the callback, keeping the old one findable', () => {
      const seen = withRegisteredRulebook(v2, () => ({ current: currentRulebook('bbb-eu-safe-harbor'), versions: rulebookVersions('bbb-eu-safe-harbor').map((r) => r.version) }));
      expect(seen).toEqual({ current: v2, versions: ['1', '2'] });
      expect(findRulebook(bbbEuSafeHarbor)).toBe(bbbEuSafeHarbor);
      expect(currentRulebook('bbb-eu-safe-harbor')).toBe(bbbEuSafeHarbor);
      expect(findRulebook(v2)).toBeUndefined();
    });

    it('takes it back when the callback throws or its promise rejects', async () => {
      expect(() => withRegisteredRulebook(v2, () => { throw new Error('boom'); })).toThrow('boom');
      expect(findRulebook(v2)).toBeUndefined();
      await expect(withRegisteredRulebook(v2, async () => { await Promise.resolve(); expect(currentRulebook('bbb-eu-safe-harbor')).toBe(v2); throw new Error('later'); })).rejects.toThrow('later');
      expect(findRulebook(v2)).toBeUndefined();
    });

    it('refuses a version already registered (changed rules are a new version) and a rulebook the service does not ship', () => {
      expect(() => withRegisteredRulebook({ ...bbbEuSafeHarbor, title: 'edited in place' }, () => undefined)).toThrow('bbb-eu-safe-harbor version 1 is already registered: changed rules are a new version');
      expect(() => withRegisteredRulebook({ ...bbbEuSafeHarbor, id: 'gdpr' }, () => undefined)).toThrow('no rulebook "gdpr" to register a version of');
      expect(currentRulebooks()).toEqual([bbbEuSafeHarbor, verasafe2016]);
    });
  });
});
