import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RulebookRefDto } from '../cases/case-summary.dto';
import { CommandAcceptedDto } from '../http/command-response.dto';

export class PotentialComplainantDto {
  @ApiProperty() name!: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional({ example: 'FR' }) country?: string;
}

/** A recorded contact (BBB-2.1), whether or not it became a Case: the contact list's row. */
export class ContactDto {
  @ApiProperty({ format: 'uuid' }) contactId!: string;
  @ApiProperty({ type: RulebookRefDto }) rulebook!: RulebookRefDto;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ type: PotentialComplainantDto }) potentialComplainant!: PotentialComplainantDto;
  @ApiPropertyOptional() respondentName?: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'GDPR Art. 17: when its personal data was erased (every field that held it reads [erased])' }) erasedAt?: string;
  @ApiProperty() revision!: number;
}

export class ContactRecordedDto extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' }) contactId!: string;
}
