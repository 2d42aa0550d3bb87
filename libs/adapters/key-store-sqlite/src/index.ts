export { SqliteKeyStore, type SqliteKeyStoreOptions, type KeyDatabaseSummary } from './sqlite-key-store';
export { backupKeyDatabase } from './backup';
