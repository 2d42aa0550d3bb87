import { type ApiHarness, actor, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';

// A business enrols in the CASRO Safe Harbor Program through HTTP (CASRO-1 to CASRO-4), on the controllable clock: its
// self-certification's expiry is a deadline on the business's own stream that fires through the shared deadline engine.

const PROGRAMME = 'casro-safe-harbor';
const CHECKLIST = [
  'principle-notice', 'principle-choice', 'principle-onward-transfer', 'principle-security', 'principle-data-integrity', 'principle-access',
  'principle-enforcement', 'publicly-available', 'references-adherence', 'names-recourse-mechanism', 'links-complaints-page', 'internal-complaints-contact',
];

describe('CASRO Safe Harbor Program enrolment through HTTP (CASRO-1 to CASRO-4)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-03-02T14:00:00Z' });
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as = STAFF) => api.request('POST', url, { body, as });
  const ok = async (url: string, body: unknown) => {
    const response = await post(url, body);
    if (response.status >= 300) throw new Error(`POST ${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const read = async (url: string) => (await api.request('GET', url, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const advance = async (now: string) => {
    const moved = await api.request('POST', '/admin/clock', { body: { now }, as: actor('administrator', 'admin-1') });
    if (moved.status !== 200) throw new Error(`the clock did not move to ${now}: ${moved.status} ${JSON.stringify(moved.body)}`);
    return moved.body as { deadlinesFired: number };
  };

  /**
   * A complaint to the programme against the business (received now, data collected in Germany: the EU framework), and
   * staff's finding that it is against a business in good standing (BBB-2.3), with the registry's evidence at filing.
   */
  const fileAndFindParticipating = async (businessId: string, receivedAt: string) => {
    const { rulebookId: _rulebook, ...body } = complaint({ receivedAt, respondent: { name: 'Acme Survey Research' } }) as Record<string, unknown>;
    const filed = await ok('/cases', { ...body, programmeId: PROGRAMME });
    const caseId = filed.body.caseId as string;
    await ok(`/cases/${caseId}/respondent-identification`, { businessId });
    return post(`/cases/${caseId}/eligibility-findings`, { condition: 'participating-business', met: true, note: 'in the registry' });
  };

  it('CASRO-1 CASRO-2 CASRO-3 CASRO-4 enrols a business through every step, lets its EU self-certification lapse on its own, refuses a complaint filed while it is not in good standing, and accepts one once it is current again', async () => {
    const registered = await ok('/businesses', { legalName: `Acme Survey Research ${Date.now()} Inc.`, programs: [PROGRAMME] });
    const businessId = registered.body.businessId as string;
    const enrolment = `/businesses/${businessId}/enrolments/${PROGRAMME}`;

    // CASRO-1: the application; it waits on staff.
    expect((await post(`/businesses/${businessId}/enrolments`, { programmeId: PROGRAMME })).status).toBe(201);
    const waiting = await read('/businesses/enrolment-applications?pageSize=200');
    expect(waiting.items.find((b: { businessId: string }) => b.businessId === businessId)).toMatchObject({ enrolments: [{ programmeId: PROGRAMME, stage: 'under-review', waitingOn: 'staff' }] });

    // CASRO-2: the checklist, every item with its finding and note: the complaints page link is missing.
    await ok(`${enrolment}/checklist-findings`, { findings: CHECKLIST.map((itemId) => ({ itemId, finding: itemId === 'links-complaints-page' ? 'not-met' : 'met', note: `reviewed ${itemId}` })) });
    // A malformed finding is refused naming the field, and nothing is written.
    const before = (await read(`/businesses/${businessId}`)).revision;
    const malformed = await post(`${enrolment}/checklist-findings`, { findings: [{ itemId: 'principle-notice', finding: 'maybe', note: 'x' }] });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('findings');
    expect((await read(`/businesses/${businessId}`)).revision).toBe(before);

    // CASRO-3: the two signatures and the draft policy; a request for more information, answered.
    for (const documentId of ['participation-agreement', 'complaint-handling-agreement', 'draft-policy']) await ok(`${enrolment}/documents`, { documentId });
    await ok(`${enrolment}/information-requests`, { requested: 'Where does the policy link to the complaints page?' });
    const askedBusiness = await read(`/businesses/${businessId}`);
    expect(askedBusiness.enrolments[0]).toMatchObject({ stage: 'awaiting-information', waitingOn: 'business', openRequests: 1 });
    expect((await read('/businesses/enrolment-applications?pageSize=200')).items.map((b: { businessId: string }) => b.businessId)).not.toContain(businessId);
    await ok(`${enrolment}/information-requests/information-1/answer`, { note: 'A link will be added in section 9' });

    // CASRO-2: acceptance refused while an item fails, naming it.
    const refused = await post(`${enrolment}/acceptance`, {});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ rule: 'CASRO-2', field: 'checklist' });
    expect(refused.body.message).toContain('links-complaints-page');

    // Fixed, reviewed again, accepted with the email notice; 30 calendar days to self-certify (CASRO-4).
    await ok(`${enrolment}/checklist-findings`, { findings: [{ itemId: 'links-complaints-page', finding: 'met', note: 'section 9 links the complaints page' }] });
    await ok(`${enrolment}/acceptance`, {});
    const acceptedBusiness = await read(`/businesses/${businessId}`);
    expect(acceptedBusiness.enrolments[0]).toMatchObject({ stage: 'awaiting-self-certification', acceptedAt: '2026-03-02T14:00:00.000Z' });
    expect(acceptedBusiness.nextDeadline).toMatchObject({ kind: 'self-certification', rule: 'CASRO-4', dueOn: '2026-04-01' });
    const acceptance = (await api.eventStore.readStream(`business-${businessId}`)).find((event) => event.type === 'EnrolmentAccepted')!;
    expect(acceptance.data).toMatchObject({ notice: { kind: 'enrolment-accepted', rule: 'CASRO-3', channel: 'email' } });
    expect((await read('/businesses/self-certifications-due?pageSize=200')).items).toContainEqual(expect.objectContaining({ businessId, status: 'self-certification-due', dueOn: '2026-04-01' }));

    // CASRO-4: self-certified for the EU framework only, naming the programme; a wrong recourse mechanism is refused.
    await advance('2026-03-20T14:00:00Z');
    expect((await post(`${enrolment}/self-certifications`, { frameworks: ['us-eu-safe-harbor'], recourseMechanism: 'Some Other ADR' })).body).toMatchObject({ statusCode: 422, rule: 'CASRO-4', field: 'recourseMechanism' });
    await ok(`${enrolment}/self-certifications`, { frameworks: ['us-eu-safe-harbor'], recourseMechanism: 'CASRO Safe Harbor Program' });
    const certified = await read(`/businesses/${businessId}`);
    expect(certified.enrolments[0].stage).toBe('participating');
    expect(certified.standing).toEqual([expect.objectContaining({ programmeId: PROGRAMME, framework: 'us-eu-safe-harbor', current: true, renewalDueOn: '2027-03-20' })]);
    expect(certified.nextDeadline).toMatchObject({ kind: 'certification-renewal', framework: 'us-eu-safe-harbor', dueOn: '2027-03-20' });
    // The Swiss framework is not certified by the EU certification (the frameworks are separate).
    const participation = await read(`/businesses/${businessId}/participation?program=${PROGRAMME}&at=2026-06-01T00:00:00Z`);
    expect(participation).toMatchObject({ current: true, frameworks: ['us-eu-safe-harbor'] });

    // Due within 30 days: on the list.
    await advance('2027-03-01T14:00:00Z');
    expect((await read('/businesses/self-certifications-due?pageSize=200')).items).toContainEqual(expect.objectContaining({ businessId, framework: 'us-eu-safe-harbor', status: 'due', dueOn: '2027-03-20' }));

    // Past the due date the deadline fires on its own: the certification lapses, good standing for the EU framework ends.
    const moved = await advance('2027-03-22T14:00:00Z');
    expect(moved.deadlinesFired).toBeGreaterThanOrEqual(1);
    const stream = await api.eventStore.readStream(`business-${businessId}`);
    expect(stream.map((event) => event.type)).toEqual(expect.arrayContaining(['BusinessDeadlineLapsed', 'CertificationLapsed']));
    expect(stream.find((event) => event.type === 'CertificationLapsed')!.data).toMatchObject({ framework: 'us-eu-safe-harbor', reason: 'certification-lapsed', effectiveFrom: '2027-03-21T04:00:00.000Z' });
    expect((await read('/businesses/self-certifications-due?pageSize=200')).items).toContainEqual(expect.objectContaining({ businessId, framework: 'us-eu-safe-harbor', status: 'lapsed', lapsedAt: '2027-03-21T04:00:00.000Z' }));
    const lapsed = await read(`/businesses/${businessId}`);
    expect(lapsed.standing).toEqual([expect.objectContaining({ framework: 'us-eu-safe-harbor', current: false })]);
    expect(lapsed.enrolments[0].stage).toBe('not-in-good-standing');
    expect(await read(`/businesses/${businessId}/participation?program=${PROGRAMME}&at=2027-03-22T00:00:00Z`)).toMatchObject({ current: false, lapsedAt: '2027-03-21T04:00:00.000Z', lapseReason: 'certification-lapsed' });
    // A complaint filed now is not against a business in good standing (BBB-2.3 under the CASRO programme).
    const whileLapsed = await fileAndFindParticipating(businessId, '2027-03-22T14:00:00Z');
    expect(whileLapsed.body).toMatchObject({ statusCode: 422, rule: 'BBB-2.3', field: 'met' });

    // Renewed: current again from the renewal, off the lapsed list.
    await advance('2027-03-25T14:00:00Z');
    await ok(`${enrolment}/renewals`, { framework: 'us-eu-safe-harbor' });
    const renewed = await read(`/businesses/${businessId}`);
    expect(renewed.standing).toEqual([expect.objectContaining({ framework: 'us-eu-safe-harbor', current: true, since: '2027-03-25T14:00:00.000Z', renewalDueOn: '2028-03-25' })]);
    expect(renewed.enrolments[0].stage).toBe('participating');
    expect(await read(`/businesses/${businessId}/participation?program=${PROGRAMME}&at=2027-03-26T00:00:00Z`)).toMatchObject({ current: true, frameworks: ['us-eu-safe-harbor'] });
    // A complaint filed once it is current again is against a business in good standing, the evidence recorded.
    await advance('2027-03-26T14:00:00Z');
    const afterRenewal = await fileAndFindParticipating(businessId, '2027-03-26T14:00:00Z');
    expect(afterRenewal.status).toBe(200);
    expect((await read('/businesses/self-certifications-due?pageSize=200')).items.filter((row: { businessId: string }) => row.businessId === businessId)).toEqual([]);
    expect((await read('/businesses?currentAt=2027-03-26T00:00:00Z&pageSize=200')).items.map((b: { businessId: string }) => b.businessId)).toContain(businessId);
  });

  it('CASRO-4 every enrolment step is staff’s: others are refused, and an unknown programme is refused naming the field', async () => {
    const { body } = await ok('/businesses', { legalName: `Refused Corp ${Date.now()}` });
    expect((await post(`/businesses/${body.businessId}/enrolments`, { programmeId: PROGRAMME }, actor('compliance-officer', 'audit-1'))).status).toBe(403);
    const unknown = await post(`/businesses/${body.businessId}/enrolments`, { programmeId: 'nope' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('programmeId');
    expect((await post(`/businesses/${body.businessId}/enrolments`, { programmeId: 'verasafe' })).body).toMatchObject({ statusCode: 422, field: 'programmeId' });
  });
});
