import { ApiPropertyOptional } from '@nestjs/swagger';
import { ALL_PROJECTIONS } from '@pdr/read-side';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

const PROJECTION_NAMES = ALL_PROJECTIONS.map((projection) => projection.name);

/** Which quarantined events to retry; both omitted: every one of every projection. */
export class RetryQuarantineDto {
  @ApiPropertyOptional({ enum: PROJECTION_NAMES, description: 'Only this projection\'s quarantined events' })
  @IsOptional()
  @IsIn(PROJECTION_NAMES)
  projection?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this event' })
  @IsOptional()
  @IsUUID('all')
  eventId?: string;
}
