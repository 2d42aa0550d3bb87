/** How a contact, complaint or notice travelled (BBB-8.7, VS-3.3). */
export const CHANNELS = ['email', 'web-form', 'fax', 'courier', 'mail', 'telephone'] as const;
export type Channel = (typeof CHANNELS)[number];
