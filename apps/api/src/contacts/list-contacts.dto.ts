import { ApiPropertyOptional } from '@nestjs/swagger';
import { RULEBOOK_IDS } from '@pdr/procedures';
import { IsIn, IsOptional } from 'class-validator';
import { PagingDto } from '../http/paging.dto';

export class ListContactsDto extends PagingDto {
  @ApiPropertyOptional({ enum: RULEBOOK_IDS })
  @IsOptional()
  @IsIn(RULEBOOK_IDS)
  rulebookId?: string;
}
