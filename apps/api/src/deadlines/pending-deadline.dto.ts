import { ApiProperty } from '@nestjs/swagger';

/** A running deadline of some case (PendingDeadlineView of the read side). */
export class PendingDeadlineDto {
  @ApiProperty() streamId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'information-response-1' }) deadlineId!: string;
  @ApiProperty({ example: 'information-response' }) kind!: string;
  @ApiProperty({ example: 'BBB-2.4b' }) rule!: string;
  @ApiProperty({ example: 'us-federal' }) calendarId!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date-time', description: 'The last millisecond of dueOn in the calendar’s time zone' }) dueAt!: string;
  @ApiProperty({ format: 'date-time' }) setAt!: string;
}
