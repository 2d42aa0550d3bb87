import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '@pdr/procedures';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../../http/validators/is-calendar-date';
import { IsInstant } from '../../http/validators/is-instant';
import { OptionalNested } from '../../http/validators/nested';

const PARTIES = ['complainant', 'respondent'] as const;

export class ComplainantFactsDto {
  @ApiProperty({ description: "BBB-3.2: the facts as the Complainant sees them, in the case manager's words" })
  @IsString()
  @Length(1, 20000)
  summary!: string;

  @ApiProperty({ description: 'When they were obtained (ISO 8601 instant)' })
  @IsInstant()
  obtainedAt!: string;
}

export class ForwardFactsDto {
  @ApiProperty({ enum: CHANNELS, example: 'email', description: "BBB-3.2: how the Complainant's facts went to the Respondent" })
  @IsIn(CHANNELS)
  channel!: Channel;
}

export class RespondentResponseDto {
  @ApiProperty({ description: "BBB-3.2: the Respondent's response" })
  @IsString()
  @Length(1, 20000)
  summary!: string;

  @ApiProperty({ description: 'When it arrived (ISO 8601 instant)' })
  @IsInstant()
  receivedAt!: string;
}

export class SettlementOfferDto {
  @ApiProperty({ description: 'Whose offer it is: the Respondent\'s (BBB-3.2); the CBBB makes none of its own (BBB-3.1)', example: 'respondent' })
  @IsString()
  @Length(1, 50)
  offeredBy!: string;

  @ApiProperty({ description: 'The terms offered' })
  @IsString()
  @Length(1, 20000)
  terms!: string;
}

export class TeleconferenceAgreementDto {
  @ApiProperty({ enum: PARTIES, description: 'BBB-3.3: the Party agreeing to a settlement teleconference' })
  @IsIn(PARTIES)
  party!: 'complainant' | 'respondent';
}

export class TeleconferenceDto {
  @ApiProperty({ description: 'When the teleconference takes place (ISO 8601 instant)' })
  @IsInstant()
  scheduledFor!: string;
}

export class CorrectiveActionDto {
  @ApiProperty({ description: 'What the Respondent will do' })
  @IsString()
  @Length(1, 5000)
  description!: string;

  @ApiProperty({ description: 'The time set for performance (YYYY-MM-DD)', example: '2026-07-31' })
  @IsCalendarDate()
  performBy!: string;
}

export class SettlementDto {
  @ApiProperty({ description: 'BBB-3.4: the terms the Parties reached' })
  @IsString()
  @Length(1, 20000)
  terms!: string;

  @ApiPropertyOptional({ type: CorrectiveActionDto, description: 'BBB-5: corrective action the Settlement requires, if any' })
  @OptionalNested(() => CorrectiveActionDto)
  correctiveAction?: CorrectiveActionDto;
}

export class SettlementLetterDto {
  @ApiPropertyOptional({ description: "The CBBB's covering note with the letter" })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  note?: string;
}

export class PerformanceCertificationDto {
  @ApiProperty({ description: "BBB-5: the Respondent's certification that the corrective action has been implemented" })
  @IsString()
  @Length(1, 20000)
  statement!: string;
}

export class SubstantiationRequestDto {
  @ApiProperty({ description: 'BBB-5: what the CBBB asks for to substantiate the certification' })
  @IsString()
  @Length(1, 5000)
  requested!: string;
}

export class PerformanceVerificationDto {
  @ApiProperty({ description: 'BBB-5: what the CBBB checked and found' })
  @IsString()
  @Length(1, 5000)
  note!: string;
}
