import { NotFoundException, ParseUUIDPipe } from '@nestjs/common';

/** A case id that is not a UUID names no case: 404, like an unknown one. */
export const caseIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ message: 'no case with that id', field: 'caseId' }) });
