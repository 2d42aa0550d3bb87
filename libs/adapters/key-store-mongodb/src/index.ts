export { MongoKeyStore } from './mongo-key-store';
