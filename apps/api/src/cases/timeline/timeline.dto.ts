import { ApiProperty } from '@nestjs/swagger';

export class TimelineActorDto {
  @ApiProperty({ description: 'The account (or service) that acted' }) id!: string;
  @ApiProperty({ example: 'case-manager' }) role!: string;
}

/** One event of the audit trail, as its reader may see it (case-timeline.ts). */
export class TimelineEntryDto {
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Global log position' }) position!: number;
  @ApiProperty({ example: 'ComplaintFiled' }) type!: string;
  @ApiProperty() schemaVersion!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: TimelineActorDto }) actor!: TimelineActorDto;
  @ApiProperty() correlationId!: string;
  @ApiProperty() causationId!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's payload at its current schema; Proprietary Information the reader may not see is redacted" })
  data!: unknown;
}

export class CaseTimelineDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: [TimelineEntryDto] }) entries!: readonly TimelineEntryDto[];
}
