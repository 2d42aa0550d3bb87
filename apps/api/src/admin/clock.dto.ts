import { ApiProperty } from '@nestjs/swagger';

export class ClockDto {
  @ApiProperty({ format: 'date-time' }) now!: string;
  @ApiProperty({ description: 'Whether the clock can be moved (CLOCK=controllable: test and training instances only)' }) controllable!: boolean;
}

export class ClockAdvancedDto {
  @ApiProperty({ format: 'date-time' }) now!: string;
  @ApiProperty({ description: 'Deadlines that fell due on the way and fired, in order' }) deadlinesFired!: number;
}
