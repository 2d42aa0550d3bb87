import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, Length } from 'class-validator';
import { PagingDto } from '../http/paging.dto';

/** A repeated query parameter arrives as an array, a single one as a string: always an array here. */
const asList = ({ value }: { value: unknown }) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

export class ListPanelistsDto extends PagingDto {
  @ApiPropertyOptional({ description: 'Include panelists withdrawn from the Board', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeWithdrawn?: boolean;
}

export class SelectionPreviewDto {
  @ApiProperty({ example: 'Acme Analytics Inc.' })
  @IsString()
  @Length(1, 300)
  respondentName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  respondentBusinessId?: string;

  @ApiProperty({ example: 'Ada Example' })
  @IsString()
  @Length(1, 300)
  complainantName!: string;

  @ApiPropertyOptional({ type: [String], description: "The Respondent's direct competitors (repeat the parameter)" })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  respondentCompetitors?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Panelist ids set aside for the Case (disqualified or objected to; repeat the parameter)' })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  exclude?: string[];

}
