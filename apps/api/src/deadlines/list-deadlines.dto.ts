import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PagingDto } from '../http/paging.dto';

export class ListDeadlinesDto extends PagingDto {
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
  @IsISO8601({ strict: true })
  dueBy?: string;
}
