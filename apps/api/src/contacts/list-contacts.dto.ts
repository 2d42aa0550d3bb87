import { ApiPropertyOptional } from '@nestjs/swagger';
import { RULEBOOK_IDS } from '@pdr/procedures';
import { IsIn, IsOptional } from 'class-validator';
import { KeysetPagingDto } from '../http/keyset-paging.dto';

export class ListContactsDto extends KeysetPagingDto {
  @ApiPropertyOptional({ enum: RULEBOOK_IDS })
  @IsOptional()
  @IsIn(RULEBOOK_IDS)
  rulebookId?: string;
}
