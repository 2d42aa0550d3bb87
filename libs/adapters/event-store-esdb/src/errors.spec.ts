import { NO_STREAM, StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '@pdr/application';
import { isStreamNotFound, translateAppendError } from './errors';

describe('translateAppendError', () => {
  it('turns a wrong expected version into WrongExpectedRevisionError with the actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'case-1', expected: 3n, current: 5n });
    const translated = translateAppendError('case-1', 3, error);
    expect(translated).toBeInstanceOf(WrongExpectedRevisionError);
    expect(translated).toMatchObject({ streamId: 'case-1', expected: 3, actual: 5 });
  });

  it('reports -1 when the stream does not exist', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 'case-1', expected: 0n, current: NO_STREAM });
    expect(translateAppendError('case-1', 0, error)).toMatchObject({ expected: 0, actual: -1 });
  });

  it('passes other errors through', () => {
    const error = new UnavailableError();
    expect(translateAppendError('case-1', 'any', error)).toBe(error);
    expect(translateAppendError('case-1', 'any', 'boom')).toBe('boom');
  });
});

describe('isStreamNotFound', () => {
  it('recognises the client error for a missing stream only', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 'case-1'))).toBe(true);
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
    expect(isStreamNotFound(new Error('stream not found'))).toBe(false);
    expect(isStreamNotFound(undefined)).toBe(false);
  });
});
