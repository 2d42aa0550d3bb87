import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { KeysetPagingDto } from '../http/keyset-paging.dto';
import { IsInstant } from '../http/validators/is-instant';

export class ListDeadlinesDto extends KeysetPagingDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ example: 'information-response' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  kind?: string;

  @ApiPropertyOptional({ description: 'Due at or before this instant (ISO 8601)' })
  @IsOptional()
  @IsInstant()
  dueBy?: string;
}
