/**
 * CASRO-4: the frameworks a business self-certifies to with the Department of Commerce (ids as in the VeraSafe rulebook).
 * Reading chosen for the CASRO text's known defect: certification to one framework does NOT extend to the other;
 * the registry records exactly the frameworks certified.
 */
export const CERTIFICATION_FRAMEWORKS = ['us-eu-safe-harbor', 'us-swiss-safe-harbor', 'eu-us-privacy-shield', 'swiss-us-privacy-shield'] as const;
export type CertificationFramework = (typeof CERTIFICATION_FRAMEWORKS)[number];
