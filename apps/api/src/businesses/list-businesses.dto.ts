import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROGRAMME_IDS } from '@pdr/procedures';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PagingDto } from '../http/paging.dto';
import { IsInstant } from '../http/validators/is-instant';

export class ListBusinessesDto extends PagingDto {
  @ApiPropertyOptional({ description: 'Part of the legal name or an alias, any case' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  name?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_IDS })
  @IsOptional()
  @IsIn(PROGRAMME_IDS)
  program?: string;

  @ApiPropertyOptional({ description: 'Only businesses whose participation (in `program`, else any) was current at this ISO 8601 instant' })
  @IsOptional()
  @IsInstant()
  currentAt?: string;
}

export class ParticipationAtDto {
  @ApiProperty({ enum: PROGRAMME_IDS })
  @IsIn(PROGRAMME_IDS)
  program!: string;

  @ApiProperty({ description: 'The instant asked about, e.g. when a complaint was filed (ISO 8601)' })
  @IsInstant()
  at!: string;
}
