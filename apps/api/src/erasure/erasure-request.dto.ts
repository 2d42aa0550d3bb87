import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERASABLE_WHEN, type ErasableWhen, ERASURE_LEGAL_BASES, ERASURE_REQUESTERS, ERASURE_TARGET_KINDS, type ErasureLegalBasis, type ErasureRequester } from '@pdr/procedures';
import { isUUID, IsIn, IsOptional, ValidateBy } from 'class-validator';
import { CommandAcceptedDto } from '../http/command-response.dto';
import { KeysetPagingDto } from '../http/keyset-paging.dto';
import { IsInstant } from '../http/validators/is-instant';
import { RequiredNested } from '../http/validators/nested';

type TargetKind = (typeof ERASURE_TARGET_KINDS)[number];
const STATUSES = ['requested', 'completed', 'deferred'] as const;

/** The id a target of this kind is named by: required for that kind, refused for the other. */
function IdOfKind(kind: TargetKind): PropertyDecorator {
  return ValidateBy({
    name: 'idOfKind',
    validator: {
      validate: (value, args) => ((args?.object as { kind?: unknown }).kind === kind ? typeof value === 'string' && isUUID(value) : value === undefined),
      defaultMessage: (args) => ((args?.object as { kind?: unknown }).kind === kind ? `$property must be a UUID when kind is ${kind}` : `$property is given only when kind is ${kind}`),
    },
  });
}

export class ErasureTargetDto {
  @ApiProperty({ enum: ERASURE_TARGET_KINDS, description: "contact: everything recorded about a contact (BBB-2.1); complainant: the Complainant's own data on a case" })
  @IsIn(ERASURE_TARGET_KINDS)
  kind!: TargetKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The contact, for kind contact (and only then)' })
  @IdOfKind('contact')
  contactId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The case, for kind complainant (and only then)' })
  @IdOfKind('complainant')
  caseId?: string;
}

/** A GDPR Art. 17 erasure request as staff record it: whose data (by id), who asked (a capacity, never a name), when, on which ground. */
export class RequestErasureDto {
  @ApiProperty({ type: ErasureTargetDto })
  @RequiredNested(() => ErasureTargetDto)
  covers!: ErasureTargetDto;

  @ApiProperty({ enum: ERASURE_REQUESTERS, description: 'In what capacity the person asked' })
  @IsIn(ERASURE_REQUESTERS)
  requestedBy!: ErasureRequester;

  @ApiProperty({ description: 'When the request was received (ISO 8601 instant)', example: '2026-07-01T09:00:00Z' })
  @IsInstant()
  receivedAt!: string;

  @ApiProperty({
    enum: ERASURE_LEGAL_BASES,
    description: 'GDPR Art. 17(1): (a) no longer necessary, (b) consent withdrawn, (c) objection (Art. 21), (d) unlawful processing, (e) legal obligation, (f) a child\'s data (Art. 8(1)); swiss-fadp: a Swiss data subject (FADP)',
  })
  @IsIn(ERASURE_LEGAL_BASES)
  legalBasis!: ErasureLegalBasis;
}

export class ErasedDataDto {
  @ApiProperty({ enum: ERASURE_TARGET_KINDS }) kind!: TargetKind;
  @ApiProperty({ type: [String], description: 'The destroyed data keys, by subject (`contact:<id>`, `case:<id>:complainant`)' }) keySubjects!: string[];
  @ApiProperty({ description: 'True when an earlier erasure or the case file\'s disposal (BBB-8.3) had already destroyed them' }) alreadyErased!: boolean;
}

/** The answer to an erasure request: what was erased, or why nothing could be yet and from when it can. */
export class ErasureAnswerDto extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ enum: ['completed', 'deferred'] }) status!: 'completed' | 'deferred';
  @ApiProperty({ type: [ErasedDataDto], description: 'Empty when deferred' }) erased!: ErasedDataDto[];
  @ApiPropertyOptional({ example: 'ERASURE-CASE-OPEN', description: 'Why it was deferred (a rule)' }) reason?: string;
  @ApiPropertyOptional({ description: 'Why it was deferred, in words' }) message?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'From when the data can be erased, when an instant is known' }) erasableFrom?: string;
  @ApiPropertyOptional({ enum: ERASABLE_WHEN, description: 'What the data waits for when no instant is known: case-closed, the case closing' }) erasableWhen?: ErasableWhen;
}

export class ErasureDeferralDto {
  @ApiProperty({ example: 'ERASURE-CASE-OPEN' }) reason!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional({ format: 'date-time' }) erasableFrom?: string;
  @ApiPropertyOptional({ enum: ERASABLE_WHEN }) erasableWhen?: ErasableWhen;
  @ApiProperty({ format: 'date-time' }) deferredAt!: string;
}

/** A recorded erasure request and its answer: ids and enumerations only. */
export class ErasureRequestDto {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ type: ErasureTargetDto }) covers!: ErasureTargetDto;
  @ApiProperty({ enum: ERASURE_REQUESTERS }) requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ enum: ERASURE_LEGAL_BASES }) legalBasis!: string;
  @ApiProperty({ description: 'The account that recorded it' }) recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ enum: STATUSES }) status!: (typeof STATUSES)[number];
  @ApiProperty({ type: [ErasedDataDto] }) erased!: ErasedDataDto[];
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
  @ApiPropertyOptional({ type: ErasureDeferralDto }) deferral?: ErasureDeferralDto;
  @ApiProperty({ type: 'integer' }) revision!: number;
}

export class ListErasureRequestsDto extends KeysetPagingDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];
}
