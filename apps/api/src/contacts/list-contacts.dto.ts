import { ApiPropertyOptional } from '@nestjs/swagger';
import { RULEBOOK_IDS } from '@pdr/procedures';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class ListContactsDto {
  @ApiPropertyOptional({ enum: RULEBOOK_IDS })
  @IsOptional()
  @IsIn(RULEBOOK_IDS)
  rulebookId?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
