import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ConfirmPerformanceDto {
  @ApiProperty({ description: 'What staff verified of the Participant\'s performance of the Settlement Agreement or Reparation Order monitored now (VS-12.1)', example: 'Acme confirmed deletion on 3 August; the profile no longer resolves' })
  @IsString()
  @Length(1, 5000)
  verified!: string;
}

export class NonPerformanceDto {
  @ApiProperty({ description: 'How the Participant failed to perform the Settlement Agreement or Reparation Order monitored now (VS-12.2)', example: 'The profile is still used for marketing 45 days after the Settlement' })
  @IsString()
  @Length(1, 5000)
  details!: string;
}
