import { MongoBulkWriteError, MongoServerError, type BulkWriteResult, type WriteError } from 'mongodb';
import { DuplicateKeyError } from '@pdr/application';
import { keyFromMessage, translateDuplicateKey } from './duplicate-key';

const dupMessage = 'E11000 duplicate key error collection: pdr.cases index: _id_ dup key: { _id: "case-1" }';

// Shaped as the driver's WriteError (not exported at runtime): getters over the kept server fields.
function bulkError(code: number, keyValue?: Record<string, unknown>): MongoBulkWriteError {
  const err = { index: 1, code, errmsg: dupMessage, errInfo: {}, op: {}, ...(keyValue ? { keyValue } : {}) };
  const writeError = { err, code, index: 1, errmsg: dupMessage } as unknown as WriteError;
  return new MongoBulkWriteError({ message: dupMessage, code, writeErrors: [writeError] }, {} as BulkWriteResult);
}

describe('translateDuplicateKey', () => {
  it('translates a duplicate key in an ordered bulk write, with the key the server reported', () => {
    const translated = translateDuplicateKey('cases', bulkError(11000, { _id: 'case-1' }));
    expect(translated).toBeInstanceOf(DuplicateKeyError);
    expect(translated).toMatchObject({ collection: 'cases', key: { _id: 'case-1' } });
  });

  it('takes the key from the server message when no key value came back (the driver drops it)', () => {
    expect(translateDuplicateKey('cases', bulkError(11000))).toMatchObject({ key: '{ _id: "case-1" }' });
  });

  it('translates a duplicate key from a single write', () => {
    const error = new MongoServerError({ message: dupMessage, code: 11000, keyValue: { reference: 'R-1' } });
    expect(translateDuplicateKey('cases', error)).toMatchObject({ collection: 'cases', key: { reference: 'R-1' } });
  });

  it('keeps a message without a dup key part whole', () => {
    expect(keyFromMessage('E11000 duplicate key error')).toBe('E11000 duplicate key error');
  });

  it('passes other errors through', () => {
    const validation = new MongoServerError({ message: 'Document failed validation', code: 121 });
    expect(translateDuplicateKey('cases', validation)).toBe(validation);
    const otherBulk = bulkError(121);
    expect(translateDuplicateKey('cases', otherBulk)).toBe(otherBulk);
    expect(translateDuplicateKey('cases', 'boom')).toBe('boom');
  });
});
