import { normaliseName, sameName } from './name-matching';

describe('name matching for conflicts (BBB-4.2.1)', () => {
  it.each([
    ['Acme Analytics, Inc.', 'ACME ANALYTICS LLC'],
    ['The Acme Analytics Company', 'acme-analytics'],
    ['Café Données S.A.', 'cafe donnees'],
    ['Smith & Jones L.L.C.', 'Smith and Jones'],
    ['Acme Holdings Corp. Ltd.', 'Acme Holdings'],
  ])('%s matches %s', (a, b) => expect(sameName(a, b)).toBe(true));

  it.each([
    ['Acme', 'Acme Analytics'],
    ['Acme Analytics', 'Acme Analytic'],
    ['', ''],
    ['...', 'Inc.'],
  ])('%s does not match %s', (a, b) => expect(sameName(a, b)).toBe(false));

  it('keeps a name made only of a legal-form word', () => {
    expect(normaliseName('Co.')).toBe('co');
  });
});
