import { ApiProperty } from '@nestjs/swagger';

/** An event a projection could not apply: where it is in the log and why it failed, never its data. */
export class QuarantinedEventDto {
  @ApiProperty() projection!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() globalPosition!: number;
  @ApiProperty() type!: string;
  @ApiProperty() error!: string;
  @ApiProperty({ format: 'date-time' }) firstFailedAt!: string;
  @ApiProperty({ format: 'date-time' }) lastFailedAt!: string;
  @ApiProperty({ description: 'Applications tried so far' }) attempts!: number;
}

export class QuarantineListDto {
  @ApiProperty({ type: [QuarantinedEventDto] }) quarantined!: QuarantinedEventDto[];
}

export class QuarantineRetryDto {
  @ApiProperty() retried!: number;
  @ApiProperty({ description: 'Applied this time: they left the quarantine' }) resolved!: number;
  @ApiProperty() stillFailing!: number;
}
