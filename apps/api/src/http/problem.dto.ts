import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** One refused input field and what is wrong with it. */
@ApiSchema({ name: 'FieldViolation' })
export class FieldViolationDto {
  @ApiProperty({ description: 'The field, as a path into the body or the name of a parameter or header', example: 'complainant.email' })
  field!: string;

  @ApiProperty({ type: [String], example: ['email must be an email'] })
  problems!: string[];
}

/**
 * Every refusal's body (problem.filter.ts): one shape for 4xx and 5xx, so a client handles errors once. Texts quote at
 * most an excerpt of what was sent (bounded-problem.ts).
 */
@ApiSchema({ name: 'Problem' })
export class ProblemDto {
  @ApiProperty({ type: 'integer', description: 'The HTTP status, repeated', example: 409 })
  statusCode!: number;

  @ApiProperty({ description: "The status's reason phrase", example: 'Conflict' })
  error!: string;

  @ApiProperty({ example: 'BBB-4.4: the Rebuttal was already received' })
  message!: string;

  @ApiPropertyOptional({ description: 'The procedure rule (e.g. BBB-4.4) or system rule (IF-MATCH, IDEMPOTENCY-KEY, CONCURRENT-WRITE) the request broke', example: 'BBB-4.4' })
  rule?: string;

  @ApiPropertyOptional({ description: 'The field, parameter or header at fault', example: 'receivedAt' })
  field?: string;

  @ApiPropertyOptional({ description: 'Malformed input (400): every field refused, at most 20', type: [FieldViolationDto] })
  violations?: FieldViolationDto[];

  @ApiPropertyOptional({ type: 'integer', description: 'How many more violations were found than listed' })
  violationsOmitted?: number;

  @ApiPropertyOptional({ type: 'integer', description: 'A stale If-Match (409, rule IF-MATCH): the revision the stream is at now' })
  currentRevision?: number;
}
