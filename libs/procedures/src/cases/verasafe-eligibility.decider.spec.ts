import { given } from '@pdr/event-sourcing';
import { currentRulebook } from '../rulebooks/registry';
import type { CaseCommand, FileComplaint } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent, EligibilityConditionAssessed } from './case.events';
import { after, calendar, run, stateOf, VERASAFE_FILING } from './case-history.testing';
import { ageOn } from './decisions/filing-findings';
import { nextActions } from './next-actions/next-actions';

/** VeraSafe filing and eligibility (VS-1.1, VS-3.1, VS-3.2, VS-4.1, VS-5.1 to VS-5.5, VS-6.1, VS-11.1) as decisions. */

const FILED_AT = '2026-06-01T10:00:00.000Z';
const REVIEWED_AT = '2026-06-03T15:00:00.000Z';
const VS = currentRulebook('verasafe-2016')!;
const BBB = currentRulebook('bbb-eu-safe-harbor')!;

const file = (overrides: Partial<FileComplaint> = {}): FileComplaint => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'verasafe-2016', ...VERASAFE_FILING, receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'Acme kept my data after I objected', outcomesSought: ['delete my data'], issuedAt: FILED_AT, ...overrides,
});
const without = (field: keyof FileComplaint): FileComplaint => {
  const command: Record<string, unknown> = { ...file() };
  delete command[field];
  return command as unknown as FileComplaint;
};
const refusal = (command: CaseCommand, history: CaseEvent[] = []) => {
  try {
    given(caseDecider, history).when(command);
  } catch (error) {
    return error;
  }
  throw new Error(`${command.kind} was not refused`);
};
const findings = (events: readonly CaseEvent[]) =>
  Object.fromEntries(events.filter((event): event is EligibilityConditionAssessed => event.type === 'EligibilityConditionAssessed').map((event) => [event.data.condition, event.data]));
const registry = (participation: Partial<NonNullable<FileComplaint['registry']>['participation']>, legalName = 'Acme Analytics Inc.'): Partial<FileComplaint> => ({
  respondent: { name: 'Acme', businessId: 'biz-1' },
  registry: { legalName, participation: { businessId: 'biz-1', program: 'verasafe-2016', found: true, currentAtFiling: true, since: '2020-01-01T00:00:00.000Z', frameworks: ['eu-us-privacy-shield'], ...participation } },
});
const assess = (condition: string, met: boolean): CaseCommand => ({ kind: 'AssessEligibilityCondition', caseId: 'case-1', condition, met, note: 'checked', issuedAt: REVIEWED_AT });

describe('VeraSafe filing (VS-1.1, VS-3.1, VS-3.2)', () => {
  it('VS-3.1 VS-1.1 a complaint with every element is filed recording the Framework and each element', () => {
    const [filed] = given(caseDecider).when(file());
    expect(filed).toMatchObject({
      type: 'ComplaintFiled',
      data: {
        framework: 'eu-us-privacy-shield', allegation: expect.any(String), outcomesSought: ['delete my data'], outcomeKinds: ['delete-personal-data'], facts: expect.any(String),
        harm: expect.any(String), consentToShare: true, documentation: ['the objection email'], perjuryDeclaration: true, complainantAge: { dateOfBirth: '1990-04-17' },
      },
    });
  });

  it.each([
    ['facts', 'facts'], ['harm', 'harm'], ['consentToShare', 'consentToShare'], ['documentation', 'documentation'], ['perjuryDeclaration', 'perjuryDeclaration'], ['outcomeKinds', 'outcomeKinds'],
  ] as const)('VS-3.1 a complaint without %s is refused 422 naming the field and VS-3.1', (field, named) => {
    expect(refusal(without(field))).toMatchObject({ kind: 'unprocessable', rule: 'VS-3.1', field: named });
  });

  it('VS-3.1(g) VS-3.1(i) consent and the perjury declaration must be given, not merely answered', () => {
    expect(refusal(file({ consentToShare: false }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-3.1', field: 'consentToShare' });
    expect(refusal(file({ perjuryDeclaration: false }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-3.1', field: 'perjuryDeclaration' });
  });

  it('VS-3.1(h) documentation may be an empty list (none available), but must be answered', () => {
    expect(given(caseDecider).when(file({ documentation: [] }))[0]).toMatchObject({ type: 'ComplaintFiled', data: { documentation: [] } });
  });

  it('VS-5.1 the Complainant\'s age or date of birth is required; a parent or guardian also gives the data subject\'s', () => {
    expect(refusal(without('complainantAge'))).toMatchObject({ kind: 'unprocessable', rule: 'VS-5.1', field: 'complainantAge' });
    const guardian = file({ complainant: { name: 'P. Parent', email: 'p@example.eu', country: 'FR', filingAs: 'parent-or-guardian' } });
    expect(refusal(guardian)).toMatchObject({ kind: 'unprocessable', rule: 'VS-5.1', field: 'dataSubjectAge' });
    expect(given(caseDecider).when({ ...guardian, dataSubjectAge: { age: 15 } })[0]).toMatchObject({ type: 'ComplaintFiled', data: { dataSubjectAge: { age: 15 } } });
  });

  it('VS-1.1 the Framework is still checked first; BBB complaints need none of VeraSafe\'s elements (unchanged)', () => {
    expect(refusal({ ...without('facts'), framework: undefined })).toMatchObject({ rule: 'VS-1.1', field: 'framework' });
    const bbb = given(caseDecider).when({
      kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
      complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' }, allegation: 'x', outcomesSought: ['y'], issuedAt: FILED_AT,
    });
    expect(bbb.map((event) => event.type)).toEqual(['ComplaintFiled']);
    expect(BBB.complaint).toBeUndefined();
  });

  it('VS-3.2 filing is free: neither the rulebook nor the complaint names a fee or payment', () => {
    const text = JSON.stringify(VS) + JSON.stringify(given(caseDecider).when(file()));
    expect(text).not.toMatch(/fee|payment|remuneration|price/i);
  });
});

describe('VeraSafe eligibility computed at filing (VS-5.1, VS-5.2, VS-3.1(b))', () => {
  it('VS-5.1 "older than twelve at filing": thirteen on the day of filing is old enough, the day before is not', () => {
    expect(ageOn('2013-06-01', '2026-06-01T09:00:00Z')).toBe(13);
    expect(ageOn('2013-06-02', '2026-06-01T09:00:00Z')).toBe(12);
    expect(findings(given(caseDecider).when(file({ complainantAge: { dateOfBirth: '2013-06-01' } })))['eligible-complainant']).toMatchObject({ met: true, rule: 'VS-5.1', computed: { ageAtFiling: 13, ageFrom: 'date-of-birth' } });
    expect(findings(given(caseDecider).when(file({ complainantAge: { dateOfBirth: '2013-06-02' } })))['eligible-complainant']).toMatchObject({ met: false, computed: { ageAtFiling: 12 } });
    expect(findings(given(caseDecider).when(file({ complainantAge: { age: 12 } })))['eligible-complainant']).toMatchObject({ met: false, computed: { ageAtFiling: 12, ageFrom: 'stated-age' } });
  });

  it('VS-5.1 a parent or guardian files for a data subject under eighteen at filing; the data subject\'s PII from the EEA or Switzerland', () => {
    const guardian = (age: number, country = 'CH') => file({ complainant: { name: 'P', email: 'p@example.eu', country, filingAs: 'parent-or-guardian' }, dataSubjectAge: { age } });
    expect(findings(given(caseDecider).when(guardian(17)))['eligible-complainant']).toMatchObject({ met: true, computed: { dataSubjectAgeAtFiling: 17, countryCovered: true, filingAs: 'parent-or-guardian' } });
    expect(findings(given(caseDecider).when(guardian(18)))['eligible-complainant']).toMatchObject({ met: false, computed: { dataSubjectAgeAtFiling: 18 } });
    expect(findings(given(caseDecider).when(guardian(10, 'US')))['eligible-complainant']).toMatchObject({ met: false, computed: { countryCovered: false } });
  });

  it('VS-3.1 the complaint-information condition is found met at filing, naming the elements present', () => {
    expect(findings(given(caseDecider).when(file()))['complaint-information']).toMatchObject({ met: true, rule: 'VS-3.1', computed: { elements: expect.arrayContaining(['facts', 'perjuryDeclaration', 'consentToShare']) } });
  });

  it('VS-5.2 VS-4.1 an outcome sought outside the Permitted Outcomes makes the condition unmet (not a refusal)', () => {
    const outside = given(caseDecider).when(file({ outcomesSought: ['delete my data', 'punitive damages'], outcomeKinds: ['delete-personal-data', 'punitive-damages'] }));
    expect(findings(outside)['permitted-outcomes-only']).toMatchObject({ met: false, rule: 'VS-5.2', computed: { outcomesOutside: ['punitive-damages'] } });
    expect(findings(given(caseDecider).when(file()))['permitted-outcomes-only']).toMatchObject({ met: true });
    expect(refusal(file({ outcomeKinds: ['delete-personal-data', 'cease-processing'] }))).toMatchObject({ rule: 'VS-4.1', field: 'outcomeKinds' });
    expect(VS.complaint!.permittedOutcomes!.outcomes).toHaveLength(7);
  });

  it('VS-5.2 first filing, except one alleging failure to comply with a previous Settlement Agreement (or re-filed after VS-5.3)', () => {
    const history = (filingHistory: FileComplaint['filingHistory']) => findings(given(caseDecider).when(file({ filingHistory })))['first-filing'];
    expect(history({ filedBefore: false })).toMatchObject({ met: true });
    expect(history({ filedBefore: true })).toMatchObject({ met: false, computed: { filedBefore: true } });
    expect(history({ filedBefore: true, basis: 'settlement-noncompliance' })).toMatchObject({ met: true, computed: { refilingBasis: 'settlement-noncompliance' } });
    expect(history({ filedBefore: true, basis: 'after-direct-attempt' })).toMatchObject({ met: true });
    expect(history(undefined)).toBeUndefined();
  });

  it('VS-3.1(b) the Participant\'s good standing for the complaint\'s Framework is checked in the registry at filing and recorded as evidence', () => {
    const events = given(caseDecider).when(file(registry({})));
    expect(events.map((event) => event.type)).toContain('RespondentIdentified');
    expect(findings(events)['participating-business']).toMatchObject({
      met: true, rule: 'VS-3.1', evidence: { participation: { businessId: 'biz-1', found: true, currentAtFiling: true, framework: 'eu-us-privacy-shield', frameworkListed: true } },
    });
    expect(stateOf(events).respondentBusinessId).toBe('biz-1');
  });

  it.each([
    ['not listing VeraSafe for that Framework', { frameworks: ['us-swiss-safe-harbor'] }, { frameworkListed: false }],
    ['not in good standing at filing', { currentAtFiling: false, frameworks: undefined, lapsedAt: '2026-01-01T00:00:00.000Z' }, { currentAtFiling: false }],
    ['not found in the registry', { found: false, currentAtFiling: false, frameworks: undefined }, { found: false }],
  ])('VS-3.1(b) a Participant %s is recorded as such: the condition is found unmet, the filing is not refused', (_title, participation, evidence) => {
    const events = given(caseDecider).when(file(registry(participation)));
    expect(events[0]!.type).toBe('ComplaintFiled');
    expect(findings(events)['participating-business']).toMatchObject({ met: false, evidence: { participation: evidence } });
  });

  it('VS-5.1 VS-5.2 VS-5.3 staff judge what the complaint cannot answer; docketing needs every condition met', () => {
    const filed = run([], file(registry({})));
    const open = stateOf(filed);
    expect(Object.keys(open.findings).sort()).toEqual(['complaint-information', 'eligible-complainant', 'participating-business', 'permitted-outcomes-only']);
    const awaited = nextActions(open).filter((action) => action.command === 'AssessEligibilityCondition' && action.awaited).map((action) => action.about!['condition']);
    expect(awaited.sort()).toEqual(['first-filing', 'good-faith-attempt', 'not-previously-resolved']);
    const reviewed = run(filed, assess('first-filing', true), assess('good-faith-attempt', true), assess('not-previously-resolved', true));
    expect(after(reviewed, { kind: 'DocketCase', caseId: 'case-1', calendar, issuedAt: REVIEWED_AT })).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'CaseDocketed', data: expect.objectContaining({ rule: 'VS-7.1' }) })]));
  });
});

describe('VeraSafe determinations (VS-5.3, VS-5.5, VS-6.1, VS-11.1)', () => {
  it('VS-5.3 no good-faith attempt: the Complainant is asked to try first and told it may re-file; no VS-5.5(a) appeal opens', () => {
    const events = after(run([], file(), assess('good-faith-attempt', false)), { kind: 'DetermineIneligible', caseId: 'case-1', condition: 'good-faith-attempt', reason: 'never wrote to Acme', calendar, issuedAt: REVIEWED_AT });
    expect(events).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'ComplaintFoundIneligible', data: expect.objectContaining({ rule: 'VS-5.3', refilingAllowed: true }) }),
      expect.objectContaining({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'try-participant-first', rule: 'VS-5.3', recipient: 'complainant' }) }),
      expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ rule: 'VS-5.3', label: 'Ineligible' }) }),
    ]));
    expect(events.some((event) => event.type === 'DeadlineSet')).toBe(false);
  });

  it('VS-5.5 a computed unmet finding leads to the Ineligibility Determination, whose appeal window opens (VS-5.5(a))', () => {
    const filed = run([], file({ complainantAge: { age: 12 } }));
    const determine = nextActions(stateOf(filed)).find((action) => action.command === 'DetermineIneligible');
    expect(determine).toMatchObject({ rule: 'VS-5.5', awaited: true, about: { condition: 'eligible-complainant' } });
    const closed = after(filed, { kind: 'DetermineIneligible', caseId: 'case-1', condition: 'eligible-complainant', reason: 'twelve at filing', calendar, issuedAt: REVIEWED_AT });
    expect(closed).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'DeadlineSet', data: expect.objectContaining({ kind: 'closure-appeal', rule: 'VS-5.5' }) })]));
  });

  it('VS-6.1 staff close for the Complainant\'s material breach: "Closed by Default", reasons recorded, the Parties notified', () => {
    const docketed = run([], file(registry({})), assess('first-filing', true), assess('good-faith-attempt', true), assess('not-previously-resolved', true), { kind: 'DocketCase', caseId: 'case-1', calendar, issuedAt: REVIEWED_AT });
    const offered = nextActions(stateOf(docketed)).find((action) => action.command === 'CloseForComplainantBreach');
    expect(offered).toMatchObject({ by: 'administrator', rule: 'VS-6.1', awaited: false });
    const events = after(docketed, { kind: 'CloseForComplainantBreach', caseId: 'case-1', reasons: 'abusive messages to the Participant', issuedAt: '2026-06-10T12:00:00.000Z' });
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['ComplainantBreachFound', 'NoticeSent', 'CaseClosed']));
    expect(events.filter((event) => event.type === 'NoticeSent').map((event) => (event.data as { recipient: string }).recipient).sort()).toEqual(['complainant', 'respondent']);
    expect(events.find((event) => event.type === 'CaseClosed')).toMatchObject({ data: { reason: 'closed-by-default', rule: 'VS-6.1', label: 'Closed by Default' } });
  });

  it('VS-6.1 before the complaint was forwarded only the Complainant is notified; reasons are required; BBB has no such closure', () => {
    const events = after(run([], file()), { kind: 'CloseForComplainantBreach', caseId: 'case-1', reasons: 'false statements', issuedAt: REVIEWED_AT });
    expect(events.filter((event) => event.type === 'NoticeSent').map((event) => (event.data as { recipient: string }).recipient)).toEqual(['complainant']);
    expect(refusal({ kind: 'CloseForComplainantBreach', caseId: 'case-1', reasons: ' ', issuedAt: REVIEWED_AT }, run([], file()))).toMatchObject({ kind: 'unprocessable', rule: 'VS-6.1', field: 'reasons' });
    const bbb = run([], { ...file(), rulebookId: 'bbb-eu-safe-harbor', framework: undefined });
    expect(refusal({ kind: 'CloseForComplainantBreach', caseId: 'case-1', reasons: 'x', issuedAt: REVIEWED_AT }, bbb)).toMatchObject({ kind: 'conflict' });
    expect(nextActions(stateOf(bbb)).some((action) => action.command === 'CloseForComplainantBreach')).toBe(false);
  });

  it('VS-11.1 translation is recorded for the Complainant who needs it; the procedure is in English; no one else', () => {
    const filed = run([], file());
    expect(after(filed, { kind: 'RecordLanguageAssistance', caseId: 'case-1', party: 'complainant', language: 'de', assistance: 'translation', issuedAt: REVIEWED_AT })).toEqual([
      expect.objectContaining({ type: 'LanguageAssistanceRecorded', data: expect.objectContaining({ rule: 'VS-11.1', party: 'complainant', language: 'de', proceedingsLanguage: 'en' }) }),
    ]);
    expect(refusal({ kind: 'RecordLanguageAssistance', caseId: 'case-1', party: 'respondent', language: 'de', assistance: 'translation', issuedAt: REVIEWED_AT }, filed)).toMatchObject({ rule: 'VS-11.1', field: 'party' });
    expect(refusal({ kind: 'RecordLanguageAssistance', caseId: 'case-1', party: 'complainant', language: 'de', assistance: 'interpretation', issuedAt: REVIEWED_AT }, filed)).toMatchObject({ rule: 'VS-11.1', field: 'kind' });
  });
});
