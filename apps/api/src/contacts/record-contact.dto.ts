import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel, RULEBOOK_IDS } from '@pdr/procedures';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PotentialComplainantDto } from '../http/party.dto';
import { IsInstant } from '../http/validators/is-instant';
import { RequiredNested } from '../http/validators/nested';

export class RecordContactDto {
  @ApiProperty({ enum: RULEBOOK_IDS, description: 'The procedure whose administrator was contacted' })
  @IsIn(RULEBOOK_IDS)
  rulebookId!: string;

  @ApiProperty({ description: 'When the contact was received (ISO 8601 instant)', example: '2026-03-02T09:00:00Z' })
  @IsInstant()
  receivedAt!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({ type: PotentialComplainantDto })
  @RequiredNested(() => PotentialComplainantDto)
  potentialComplainant!: PotentialComplainantDto;

  @ApiPropertyOptional({ description: 'The business the contact is about, as the person named it' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  respondentName?: string;

  @ApiProperty({ description: 'Basic information about the potential complaint (BBB-2.1)' })
  @IsString()
  @Length(1, 20000)
  summary!: string;
}
