/** EU member states (ISO 3166-1 alpha-2). */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** The EEA adds Iceland, Liechtenstein and Norway to the EU. */
export const EEA_STATES = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO'] as const;
