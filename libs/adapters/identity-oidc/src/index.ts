export * from './jwt-verifier';
export * from './principal-from-claims';
export * from './password-hash';
export * from './server-secrets';
export * from './embedded-provider';
