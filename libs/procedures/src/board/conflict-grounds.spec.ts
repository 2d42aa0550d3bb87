import { BBB_PANELIST } from '../rulebooks/panel-rules';
import { VS_HEARING_OFFICER } from '../rulebooks/verasafe-officers';
import type { PanelistProfile } from './panelist-profile';
import { exclusionsFor } from './panelist-selection';

const theCase = { respondentName: 'Acme Analytics Inc.', complainantName: 'Ada Example', respondentCompetitors: ['Globex Corp'] };
const member = (overrides: Partial<PanelistProfile>): PanelistProfile => ({ panelistId: 'p-1', employer: 'Independent', affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', qualifications: ['CIPP'], ...overrides });
const excluded = (rules: typeof BBB_PANELIST | typeof VS_HEARING_OFFICER, panelist: PanelistProfile) =>
  exclusionsFor({ board: rules, panelists: [panelist], case: theCase, conflictGrounds: rules.conflictGrounds, qualifications: rules.qualifications }, panelist);

describe('conflict grounds as rulebook data', () => {
  it('BBB-4.2.1 checks competitors too: an employee of a direct competitor is excluded', () => {
    expect(excluded(BBB_PANELIST, member({ employer: 'Globex Corp' }))).toEqual([{ panelistId: 'p-1', rule: 'BBB-4.2.1', reason: 'employer Globex Corp competes directly with the Respondent' }]);
  });

  it('VS-8.3 impartiality is about the Parties: a competitor\'s employee may serve, one employed by the Respondent or tied to the Complainant may not', () => {
    expect(excluded(VS_HEARING_OFFICER, member({ employer: 'Globex Corp' }))).toEqual([]);
    expect(excluded(VS_HEARING_OFFICER, member({ employer: 'Acme Analytics LLC' }))).toEqual([{ panelistId: 'p-1', rule: 'VS-8.3', reason: 'employer Acme Analytics LLC is the Respondent' }]);
    expect(excluded(VS_HEARING_OFFICER, member({ relationships: [{ with: 'Ada Example', kind: 'business' }] }))).toEqual([{ panelistId: 'p-1', rule: 'VS-8.3', reason: 'business relationship with Ada Example, a Party' }]);
  });
});
