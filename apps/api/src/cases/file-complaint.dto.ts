import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel, RULEBOOK_IDS } from '@pdr/procedures';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ComplainantDto, RespondentDto } from '../http/party.dto';
import { IsInstant } from '../http/validators/is-instant';
import { RequiredNested } from '../http/validators/nested';

export class FileComplaintDto {
  @ApiProperty({ enum: RULEBOOK_IDS, description: 'The procedure the complaint falls under' })
  @IsIn(RULEBOOK_IDS)
  rulebookId!: string;

  @ApiPropertyOptional({ description: 'Framework the complaint is brought under (required by VS-1.1; implied under the BBB rules)', example: 'eu-us-privacy-shield' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  framework?: string;

  @ApiProperty({ description: 'When the complaint was received (ISO 8601 instant)', example: '2026-03-02T09:00:00Z' })
  @IsInstant()
  receivedAt!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiPropertyOptional({ description: 'The recorded contact this complaint grew from' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiProperty({ type: ComplainantDto })
  @RequiredNested(() => ComplainantDto)
  complainant!: ComplainantDto;

  @ApiProperty({ type: RespondentDto })
  @RequiredNested(() => RespondentDto)
  respondent!: RespondentDto;

  @ApiProperty({ description: 'What the Respondent is alleged to have done', example: 'Kept processing my data after I objected' })
  @IsString()
  @Length(1, 20000)
  allegation!: string;

  @ApiProperty({ type: [String], description: 'The outcomes or remedies the Complainant seeks', example: ['suppress my personal data'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  outcomesSought!: string[];
}
