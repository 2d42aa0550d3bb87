import { VS_OFFICER_QUALIFICATION } from '../rulebooks/verasafe-officers';
import { BBB_PANELIST } from '../rulebooks/panel-rules';
import { checkQualifications } from './qualifications';

describe('qualifications as rulebook data', () => {
  it('VS-8.3 any one of a current CIPP or CIPM, a JD or a licence to practise law meets the requirement; each one held is relied on', () => {
    for (const credential of ['CIPP', 'CIPM', 'JD', 'bar-license']) {
      expect(checkQualifications([VS_OFFICER_QUALIFICATION], [credential])).toEqual({ met: true, credentials: [{ credential, rule: 'VS-8.3' }] });
    }
    expect(checkQualifications([VS_OFFICER_QUALIFICATION], ['CIPM', 'CIPT', 'JD'])).toEqual({ met: true, credentials: [{ credential: 'CIPM', rule: 'VS-8.3' }, { credential: 'JD', rule: 'VS-8.3' }] });
  });

  it('VS-8.3 a CIPT alone, or nothing recorded, does not', () => {
    expect(checkQualifications([VS_OFFICER_QUALIFICATION], ['CIPT'])).toEqual({ met: false, unmet: VS_OFFICER_QUALIFICATION });
    expect(checkQualifications([VS_OFFICER_QUALIFICATION], undefined)).toEqual({ met: false, unmet: VS_OFFICER_QUALIFICATION });
  });

  it('BBB-4.2 asks nothing beyond Board membership: no requirement, nothing relied on', () => {
    expect(BBB_PANELIST.qualifications).toEqual([]);
    expect(checkQualifications(BBB_PANELIST.qualifications, [])).toEqual({ met: true, credentials: [] });
  });
});
