import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

/** Free-form on purpose: the details name adapters and projections, and change with them (administrators only). */
const DETAIL = { type: 'object', additionalProperties: true } as const;

/** Readiness: the status for anyone; each store, the projections and the deadline timers for administrators. */
export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'], description: 'degraded (quarantined projection events) still serves' })
  status!: 'ok' | 'degraded' | 'unavailable';

  @ApiPropertyOptional({
    ...DETAIL,
    description: 'While starting: the head the log had at start (headAtStart) and each projection still short of it, with how many positions (behind: [{ projection, positions }]); once all have caught up, buildingIndexes: true until the read models\' indexes are built',
  })
  catchingUp?: object;

  @ApiPropertyOptional({ ...DETAIL, description: 'Administrators: the event store adapter and its health' }) eventStore?: object;
  @ApiPropertyOptional({ ...DETAIL, description: 'Administrators: the read store adapter and its health' }) readStore?: object;
  @ApiPropertyOptional({ ...DETAIL, description: 'Administrators: each projection, its lag and quarantined events' }) projections?: object;
  @ApiPropertyOptional({ ...DETAIL, description: 'Administrators: pending deadlines and their timers' }) deadlines?: object;
}
