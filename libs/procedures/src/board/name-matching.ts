/**
 * How names of businesses and people are compared for conflicts (BBB-4.2.1). Deliberately simple and
 * predictable: two names match when they are equal after normalising
 * - letter case and accents ("Café" = "cafe"), "&" as "and";
 * - punctuation and spacing ("Acme-Analytics, " = "acme analytics");
 * - a leading "The" and trailing legal-form suffixes, repeatedly ("Acme Analytics, Inc." = "ACME ANALYTICS LLC").
 * No fuzzy or partial matching: "Acme" does not match "Acme Analytics". Related entities of a group are
 * declared as affiliations or relationships, so a conflict is always traceable to something declared.
 */
const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'pllc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company',
  'plc', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'oy', 'as', 'kg', 'se', 'pty', 'pc',
]);

export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // "L.L.C." and "S.A." lose their dots first so they read as one word.
    .replace(/\b((?:[a-z]\.){2,})/g, (dotted) => dotted.replace(/\./g, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** True when both names are non-empty and normalise to the same text. */
export function sameName(a: string, b: string): boolean {
  const left = normaliseName(a);
  return left !== '' && left === normaliseName(b);
}
