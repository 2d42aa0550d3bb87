import { closuresIn, type ClosureRule, type Rulebook } from '@pdr/procedures';
import { SHIPPED_RULEBOOK_VERSIONS } from '../../libs/procedures/src/rulebooks/registered-versions';
import { BBB_OUTCOMES } from '../../libs/procedures/src/rulebooks/bbb-outcomes';

// Issue 10, outcomes: every closure of a rulebook is an entry of its one catalogue (`outcomes`), and the parts' data
// reference those very objects, so a label has one source. This walks each shipped version's data as deadline-kinds.ts
// walks it for periods: any `{ reason, rule, label }` outside the catalogue fails.

const isClosure = (node: object): node is ClosureRule => {
  const candidate = node as Partial<ClosureRule>;
  return typeof candidate.reason === 'string' && typeof candidate.rule === 'string' && typeof candidate.label === 'string';
};

/** Every closure in a rulebook's parts, with where it is (the catalogue itself excluded). */
function closuresInParts(rulebook: Rulebook): { path: string; closure: ClosureRule }[] {
  const found: { path: string; closure: ClosureRule }[] = [];
  const visit = (node: unknown, path: string, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 10) return;
    if (isClosure(node)) found.push({ path, closure: node });
    for (const [key, value] of Object.entries(node)) visit(value, `${path}.${key}`, depth + 1);
  };
  for (const [key, value] of Object.entries(rulebook)) if (key !== 'outcomes') visit(value, key, 0);
  return found;
}

const versions = SHIPPED_RULEBOOK_VERSIONS.map((rulebook) => [`${rulebook.id}@${rulebook.version}`, rulebook] as const);

describe('outcomes: one catalogue of closures per rulebook (issue 10)', () => {
  it.each(versions)('BBB-6 VS-5.5 %s: every closure in its data is an entry of its catalogue, the same object', (_, rulebook) => {
    const catalogue = new Set(closuresIn(rulebook.outcomes));
    const stray = closuresInParts(rulebook).filter(({ closure }) => !catalogue.has(closure)).map(({ path, closure }) => `${path}: ${closure.reason} "${closure.label}"`);
    expect(stray).toEqual([]);
    expect(closuresInParts(rulebook).length).toBeGreaterThan(0);
  });

  it.each(versions)('BBB-6 %s: no two outcomes share a reason; a variant keeps its outcome\'s reason', (_, rulebook) => {
    const reasons = Object.values(rulebook.outcomes).map((outcome) => outcome.reason);
    expect(reasons.filter((reason, at) => reasons.indexOf(reason) !== at)).toEqual([]);
    for (const outcome of Object.values(rulebook.outcomes)) {
      for (const variant of Object.values(outcome.variants ?? {})) expect({ outcome: outcome.reason, variant: variant.reason }).toEqual({ outcome: outcome.reason, variant: outcome.reason });
    }
    const labels = closuresIn(rulebook.outcomes).map((closure) => `${closure.reason} ${closure.rule} ${closure.label}`);
    expect(labels.filter((label, at) => labels.indexOf(label) !== at)).toEqual([]);
  });

  it.each(versions)('VS-5.5 %s: an appeal is declared with its window, requirements and stage, only where sending is receiving', (_, rulebook) => {
    for (const outcome of Object.values(rulebook.outcomes)) {
      if (!outcome.appeal) continue;
      expect(rulebook.transmittal.receipt).toBe('on-transmission');
      expect(outcome.appeal.window.count).toBeGreaterThan(0);
      expect(outcome.appeal.reopensAt).toMatch(/\S/);
    }
  });

  it('BBB-6 the eleven reasons, labels and rules as stored in CaseClosed events since version 1; no appeal', () => {
    expect(Object.values(BBB_OUTCOMES).map((outcome) => outcome.reason)).toEqual([
      'not-eligible', 'requested-information-not-received', 'withdrawn', 'settlement-corrective-action-verified', 'settlement-without-corrective-action',
      'decision-without-corrective-action', 'decision-corrective-action-verified', 'referred', 'refused-breach-of-confidentiality',
      'refused-direct-contact-with-panelist', 'refused-party-conduct',
    ]);
    expect(closuresIn(BBB_OUTCOMES).every((closure) => closure.rule === 'BBB-6' && !('appeal' in closure))).toBe(true);
    expect(closuresIn(BBB_OUTCOMES).map((closure) => closure.label)).toEqual([
      'Not eligible (BBB-2.4c)', 'Requested information not received (BBB-2.4b)', 'Withdrawn by the Complainant',
      'Settlement with corrective action, action verified (BBB-5)', 'Settlement without corrective action (BBB-3.4)',
      'Decision without corrective action (BBB-6 (6))', 'Decision with corrective action, agreed and verified (BBB-6 (7))',
      'Referred to a government agency (BBB-8.8, BBB-6 (8))', 'Refusal to proceed for breach of confidentiality (BBB-8.4, BBB-6 (9))',
      'Refusal to proceed for direct contact with the Panelist (BBB-4.3.1, BBB-6 (10))', "Refusal to proceed for a Party's conduct (BBB-6 (11))",
      "Refusal to proceed for a Party's conduct: no Position in time (BBB-4.4, BBB-6 (11))", "Refusal to proceed for a Party's conduct: not referred (BBB-8.8, BBB-6 (11))",
    ]);
  });

  it('VS-5.4 VS-5.5 VS-6.1 VS-8.4c VS-9.4 VS-10.1 VS-12.1 VS-13.4 VeraSafe\'s outcomes carry the text\'s own labels', () => {
    const verasafe = SHIPPED_RULEBOOK_VERSIONS.find((rulebook) => rulebook.id === 'verasafe-2016')!;
    expect(closuresIn(verasafe.outcomes).map((closure) => `${closure.rule} ${closure.label}`)).toEqual([
      'VS-5.5 Ineligible', 'VS-5.4 Ineligible', 'VS-5.3 Ineligible', 'VS-6.1 Closed by Default', 'VS-7.3 Closed by Default', 'VS-7.4 Closed by Default', 'VS-8.4c Closed – No Action Taken', 'VS-9.4 Closed – No Action Taken', 'VS-10.1 Closed – Withdrawn',
      'VS-12.1 Closed by Settlement', 'VS-12.1 Closed by Performance of Reparation Order', 'VS-13.4 Closed by Referral to Regulatory Agency',
    ]);
  });
});
