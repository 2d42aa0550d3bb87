import { given } from '@pdr/event-sourcing';
import { CASRO_SAFE_HARBOR } from '../rulebooks/programmes/casro-safe-harbor';
import type { BusinessCommand } from './business.commands';
import { businessDecider } from './business.decider';
import type { BusinessEvent } from './business.events';
import { participationAt } from './participation';

const PROGRAMME = CASRO_SAFE_HARBOR.id;
const ENROLMENT = CASRO_SAFE_HARBOR.enrolment!;
const ITEMS = ENROLMENT.policyReview.checklist.map((item) => item.id);
const NOW = '2026-03-10T15:00:00.000Z';
const B = 'b-1';

type Step = (issuedAt: string) => BusinessCommand;
const at = (issuedAt: string, step: Step) => step(issuedAt);

const register: Step = (issuedAt) => ({ kind: 'RegisterBusiness', businessId: B, legalName: 'Acme Analytics Inc.', country: 'US', issuedAt });
const applyFor: Step = (issuedAt) => ({ kind: 'ApplyForEnrolment', businessId: B, programmeId: PROGRAMME, appliedAt: issuedAt, issuedAt });
const findings = (finding: 'met' | 'not-met', items = ITEMS): Step => (issuedAt) => ({
  kind: 'RecordPolicyChecklistFindings',
  businessId: B,
  programmeId: PROGRAMME,
  reviewedAt: issuedAt,
  findings: items.map((itemId) => ({ itemId, finding, note: `${itemId} reviewed` })),
  issuedAt,
});
const document = (documentId: string): Step => (issuedAt) => ({ kind: 'RecordEnrolmentDocument', businessId: B, programmeId: PROGRAMME, documentId, receivedAt: issuedAt, issuedAt });
const accept: Step = (issuedAt) => ({ kind: 'AcceptEnrolment', businessId: B, programmeId: PROGRAMME, acceptedAt: issuedAt, issuedAt });
const selfCertify = (frameworks: string[], overrides: Partial<{ recourseMechanism: string; renewalDueOn: string }> = {}): Step => (issuedAt) => ({
  kind: 'RecordSelfCertification',
  businessId: B,
  programmeId: PROGRAMME,
  frameworks,
  recourseMechanism: 'CASRO Safe Harbor Program',
  certifiedAt: issuedAt,
  ...overrides,
  issuedAt,
});
const renew = (framework: string): Step => (issuedAt) => ({ kind: 'RecordCertificationRenewal', businessId: B, programmeId: PROGRAMME, framework, renewedAt: issuedAt, issuedAt });
const lapse = (deadlineId: string): Step => (issuedAt) => ({ kind: 'RecordEnrolmentDeadlineLapse', businessId: B, deadlineId, issuedAt });

/** Runs commands in order, each on the history so far. */
function history(...commands: BusinessCommand[]): BusinessEvent[] {
  return commands.reduce<BusinessEvent[]>((events, command) => [...events, ...given(businessDecider, events).when(command)], []);
}

const reviewed = () => [at('2026-03-01T15:00:00Z', register), at('2026-03-02T15:00:00Z', applyFor), at('2026-03-03T15:00:00Z', findings('met'))];
const documented = () => [...reviewed(), ...['participation-agreement', 'complaint-handling-agreement', 'draft-policy'].map((id) => at('2026-03-04T15:00:00Z', document(id)))];
const accepted = () => [...documented(), at('2026-03-05T15:00:00Z', accept)];

describe('enrolment in a programme (CASRO-1 to CASRO-4)', () => {
  it('CASRO-1 records the application to the programme', () => {
    expect(given(businessDecider, history(at(NOW, register))).when(at(NOW, applyFor))).toEqual([
      { type: 'EnrolmentApplied', data: { businessId: B, programmeId: PROGRAMME, rule: 'CASRO-1', appliedAt: NOW } },
    ]);
  });

  it('CASRO-1 refuses a programme without enrolment steps, an unknown one and a second application', () => {
    const registered = history(at(NOW, register));
    expect(() => given(businessDecider, registered).when({ kind: 'ApplyForEnrolment', businessId: B, programmeId: 'verasafe', appliedAt: NOW, issuedAt: NOW })).toThrow(
      expect.objectContaining({ kind: 'unprocessable', field: 'programmeId' }),
    );
    expect(() => given(businessDecider, registered).when({ kind: 'ApplyForEnrolment', businessId: B, programmeId: 'nope', appliedAt: NOW, issuedAt: NOW })).toThrow(expect.objectContaining({ rule: 'PROGRAM-UNKNOWN' }));
    expect(() => given(businessDecider, history(at(NOW, register), at(NOW, applyFor))).when(at(NOW, applyFor))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'CASRO-1' }));
  });

  it('CASRO-2 records each checklist item with its finding and note, and refuses an unknown item or a missing note', () => {
    const applied = history(at(NOW, register), at(NOW, applyFor));
    const events = given(businessDecider, applied).when(at(NOW, findings('not-met', ['principle-notice'])));
    expect(events).toEqual([
      { type: 'PolicyChecklistItemReviewed', data: { businessId: B, programmeId: PROGRAMME, rule: 'CASRO-2', itemId: 'principle-notice', finding: 'not-met', note: 'principle-notice reviewed', reviewedAt: NOW } },
    ]);
    expect(() => given(businessDecider, applied).when(at(NOW, findings('met', ['principle-mystery'])))).toThrow(expect.objectContaining({ rule: 'CASRO-2', field: 'findings[0].itemId' }));
    expect(() =>
      given(businessDecider, applied).when({ kind: 'RecordPolicyChecklistFindings', businessId: B, programmeId: PROGRAMME, reviewedAt: NOW, findings: [{ itemId: 'principle-notice', finding: 'met', note: ' ' }], issuedAt: NOW }),
    ).toThrow(expect.objectContaining({ rule: 'CASRO-2', field: 'findings[0].note' }));
  });

  it('CASRO-2 refuses acceptance while any checklist item fails or is unrecorded, naming them', () => {
    const failing = history(at(NOW, register), at(NOW, applyFor), at(NOW, findings('met', ITEMS.slice(1))), at(NOW, findings('not-met', ['principle-choice'])));
    expect(() => given(businessDecider, failing).when(at(NOW, accept))).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'CASRO-2', field: 'checklist', message: expect.stringMatching(/not met: principle-choice; not recorded: principle-notice/) }),
    );
  });

  it('CASRO-3 records the two signatures and the draft policy, and refuses acceptance until all are received', () => {
    const events = given(businessDecider, history(...reviewed())).when(at('2026-03-04T15:00:00Z', document('participation-agreement')));
    expect(events).toEqual([{ type: 'EnrolmentDocumentReceived', data: { businessId: B, programmeId: PROGRAMME, rule: 'CASRO-3', documentId: 'participation-agreement', receivedAt: '2026-03-04T15:00:00.000Z' } }]);
    expect(() => given(businessDecider, history(...reviewed())).when(at(NOW, document('napkin')))).toThrow(expect.objectContaining({ rule: 'CASRO-3', field: 'documentId' }));
    expect(() => given(businessDecider, history(...reviewed(), at(NOW, document('participation-agreement')))).when(at(NOW, accept))).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'CASRO-3', field: 'documents', message: expect.stringMatching(/complaint-handling-agreement, draft-policy/) }),
    );
  });

  it('CASRO-3 records a request for more information and its answer; acceptance waits for the answer', () => {
    const requested = history(...documented(), at(NOW, (issuedAt) => ({ kind: 'RequestEnrolmentInformation', businessId: B, programmeId: PROGRAMME, requested: 'the complaints contact', requestedAt: issuedAt, issuedAt })));
    expect(requested.at(-1)).toMatchObject({ type: 'EnrolmentInformationRequested', data: { requestId: 'information-1', rule: 'CASRO-3' } });
    expect(() => given(businessDecider, requested).when(at(NOW, accept))).toThrow(expect.objectContaining({ rule: 'CASRO-3', field: 'informationRequests' }));
    const answered = given(businessDecider, requested).when({ kind: 'RecordEnrolmentInformation', businessId: B, programmeId: PROGRAMME, requestId: 'information-1', note: 'section 9', receivedAt: NOW, issuedAt: NOW });
    expect(answered).toEqual([{ type: 'EnrolmentInformationReceived', data: { businessId: B, programmeId: PROGRAMME, rule: 'CASRO-3', requestId: 'information-1', note: 'section 9', receivedAt: NOW } }]);
  });

  it('CASRO-3 CASRO-4 accepts with the email notice recorded and starts 30 calendar days for self-certification', () => {
    const events = given(businessDecider, history(...documented())).when(at('2026-03-05T15:00:00Z', accept));
    expect(events).toEqual([
      {
        type: 'EnrolmentAccepted',
        data: { businessId: B, programmeId: PROGRAMME, rule: 'CASRO-3', acceptedAt: '2026-03-05T15:00:00.000Z', notice: { kind: 'enrolment-accepted', rule: 'CASRO-3', channel: 'email', sentAt: '2026-03-05T15:00:00.000Z' } },
      },
      {
        type: 'BusinessDeadlineSet',
        data: expect.objectContaining({ deadlineId: 'self-certification-1', kind: 'self-certification', rule: 'CASRO-4', count: 30, unit: 'calendar-days', dueOn: '2026-04-04', programmeId: PROGRAMME }),
      },
    ]);
    expect(events[1].data).not.toHaveProperty('framework');
  });

  it('CASRO-4 records each framework separately, with its own renewal due date, and meets the self-certification period', () => {
    const events = given(businessDecider, history(...accepted())).when(at('2026-03-20T15:00:00Z', selfCertify(['us-eu-safe-harbor', 'us-swiss-safe-harbor'])));
    expect(events.map((event) => event.type)).toEqual(['BusinessDeadlineMet', 'SelfCertificationRecorded', 'BusinessDeadlineSet', 'SelfCertificationRecorded', 'BusinessDeadlineSet']);
    expect(events[1].data).toMatchObject({ framework: 'us-eu-safe-harbor', recourseMechanism: 'CASRO Safe Harbor Program', renewalDueOn: '2027-03-20' });
    expect(events[2].data).toMatchObject({ deadlineId: 'certification-renewal-1', framework: 'us-eu-safe-harbor', dueOn: '2027-03-20' });
    expect(events[4].data).toMatchObject({ deadlineId: 'certification-renewal-2', framework: 'us-swiss-safe-harbor' });
  });

  it('CASRO-4 refuses a self-certification that does not name the programme as recourse mechanism, a framework it does not cover, or one before acceptance', () => {
    expect(() => given(businessDecider, history(...accepted())).when(at(NOW, selfCertify(['us-eu-safe-harbor'], { recourseMechanism: 'JAMS' })))).toThrow(
      expect.objectContaining({ rule: 'CASRO-4', field: 'recourseMechanism' }),
    );
    expect(() => given(businessDecider, history(...accepted())).when(at(NOW, selfCertify(['eu-us-privacy-shield'])))).toThrow(expect.objectContaining({ rule: 'CASRO-4', field: 'frameworks' }));
    expect(() => given(businessDecider, history(...documented())).when(at(NOW, selfCertify(['us-eu-safe-harbor'])))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'CASRO-4' }));
  });

  it('CASRO-4 certification to the EU framework does not extend to the Swiss framework (the source text’s defect)', () => {
    const { state } = given(businessDecider, history(...accepted(), at('2026-03-20T15:00:00Z', selfCertify(['us-eu-safe-harbor']))));
    expect(participationAt(state, PROGRAMME, '2026-06-01T00:00:00Z')).toEqual({ current: true, since: '2026-03-20T15:00:00.000Z', frameworks: ['us-eu-safe-harbor'] });
  });

  it('CASRO-4 a self-certification deadline passing with nothing recorded lapses, and ends no good standing that never began', () => {
    const events = given(businessDecider, history(...accepted())).when(at('2026-04-05T12:00:00Z', lapse('self-certification-1')));
    expect(events).toEqual([{ type: 'BusinessDeadlineLapsed', data: { businessId: B, deadlineId: 'self-certification-1', dueAt: '2026-04-05T03:59:59.999Z', observedAt: '2026-04-05T12:00:00Z' } }]);
    // Early or repeated: nothing.
    expect(given(businessDecider, history(...accepted())).when(at('2026-04-04T12:00:00Z', lapse('self-certification-1')))).toEqual([]);
  });

  it('CASRO-4 a certification lapses at its renewal due date: good standing for that framework ends, the other stays current', () => {
    const certified = history(...accepted(), at('2026-03-20T15:00:00Z', selfCertify(['us-eu-safe-harbor'], { renewalDueOn: '2026-09-01' })), at('2026-03-21T15:00:00Z', selfCertify(['us-swiss-safe-harbor'])));
    const events = given(businessDecider, certified).when(at('2026-09-02T10:00:00Z', lapse('certification-renewal-1')));
    expect(events).toEqual([
      { type: 'BusinessDeadlineLapsed', data: expect.objectContaining({ deadlineId: 'certification-renewal-1' }) },
      { type: 'CertificationLapsed', data: { businessId: B, programmeId: PROGRAMME, rule: 'CASRO-4', framework: 'us-eu-safe-harbor', effectiveFrom: '2026-09-02T04:00:00.000Z', reason: 'certification-lapsed' } },
    ]);
    const { state } = given(businessDecider, [...certified, ...events]);
    expect(participationAt(state, PROGRAMME, '2026-09-01T12:00:00Z').frameworks).toEqual(['us-eu-safe-harbor', 'us-swiss-safe-harbor']);
    expect(participationAt(state, PROGRAMME, '2026-09-03T00:00:00Z')).toEqual({ current: true, since: '2026-03-21T15:00:00.000Z', frameworks: ['us-swiss-safe-harbor'] });
  });

  it('CASRO-4 a lapse of the only certification ends good standing until a renewal makes it current again; renewals are tracked with their due dates', () => {
    const certified = history(...accepted(), at('2026-03-20T15:00:00Z', selfCertify(['us-eu-safe-harbor'], { renewalDueOn: '2026-09-01' })));
    const renewedInTime = given(businessDecider, certified).when(at('2026-08-20T15:00:00Z', renew('us-eu-safe-harbor')));
    expect(renewedInTime.map((event) => event.type)).toEqual(['BusinessDeadlineMet', 'SelfCertificationRenewed', 'BusinessDeadlineSet']);
    expect(renewedInTime[1].data).toMatchObject({ renewalDueOn: '2027-08-20' });

    const lapsed = [...certified, ...given(businessDecider, certified).when(at('2026-09-05T10:00:00Z', lapse('certification-renewal-1')))];
    const { state: lapsedState } = given(businessDecider, lapsed);
    expect(participationAt(lapsedState, PROGRAMME, '2026-09-06T00:00:00Z')).toEqual({ current: false, lapsedAt: '2026-09-02T04:00:00.000Z', lapseReason: 'certification-lapsed' });
    const { state } = given(businessDecider, [...lapsed, ...given(businessDecider, lapsed).when(at('2026-09-10T15:00:00Z', renew('us-eu-safe-harbor')))]);
    expect(participationAt(state, PROGRAMME, '2026-09-06T00:00:00Z').current).toBe(false);
    expect(participationAt(state, PROGRAMME, '2026-09-11T00:00:00Z')).toEqual({ current: true, since: '2026-09-10T15:00:00.000Z', frameworks: ['us-eu-safe-harbor'] });
  });

  it('CASRO-4 a renewal recorded after the due date, before the timer fired, records the lapse first', () => {
    const certified = history(...accepted(), at('2026-03-20T15:00:00Z', selfCertify(['us-eu-safe-harbor'], { renewalDueOn: '2026-09-01' })));
    const events = given(businessDecider, certified).when(at('2026-09-03T15:00:00Z', renew('us-eu-safe-harbor')));
    expect(events.map((event) => event.type)).toEqual(['BusinessDeadlineLapsed', 'CertificationLapsed', 'SelfCertificationRenewed', 'BusinessDeadlineSet']);
  });
});
