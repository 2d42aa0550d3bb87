import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel, RULEBOOK_IDS } from '@pdr/procedures';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { ComplainantDto, RespondentDto } from '../http/party.dto';

export class FileComplaintDto {
  @ApiProperty({ enum: RULEBOOK_IDS, description: 'The procedure the complaint falls under' })
  @IsIn(RULEBOOK_IDS)
  rulebookId!: string;

  @ApiPropertyOptional({ description: 'Framework the complaint is brought under (required by VS-1.1; implied under the BBB rules)', example: 'eu-us-privacy-shield' })
  @IsOptional()
  @IsString()
  framework?: string;

  @ApiProperty({ description: 'When the complaint was received (ISO 8601 instant)', example: '2026-03-02T09:00:00Z' })
  @IsISO8601({ strict: true, strictSeparator: true })
  receivedAt!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiPropertyOptional({ description: 'The recorded contact this complaint grew from' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiProperty({ type: ComplainantDto })
  @ValidateNested()
  @Type(() => ComplainantDto)
  complainant!: ComplainantDto;

  @ApiProperty({ type: RespondentDto })
  @ValidateNested()
  @Type(() => RespondentDto)
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
