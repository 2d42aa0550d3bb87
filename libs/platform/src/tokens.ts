/** Nest injection tokens for the ports. */
export const APP_CONFIG = Symbol('AppConfig');
export const EVENT_STORE = Symbol('EventStore');
export const READ_STORE = Symbol('ReadStore');
export const CLOCK = Symbol('Clock');
export const UPCASTERS = Symbol('UpcasterRegistry');
/** The identity port (verifies bearer tokens) and, on the embedded default, the OpenID provider beside it. */
export const IDENTITY_VERIFIER = Symbol('IdentityVerifier');
export const IDENTITY = Symbol('Identity');
/** The data keys of the data subjects (crypto-shredding): destroying one forgets what it sealed. */
export const KEY_STORE = Symbol('KeyStore');
/** The log as stored (classified fields sealed): only for readers that need no classified field. */
export const LOG_STORE = Symbol('LogStore');
