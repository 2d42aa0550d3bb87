import { ApiPropertyOptional } from '@nestjs/swagger';
import { CASE_KEYSET_SORT_FIELDS, CASE_SORT_FIELDS } from '@pdr/read-side';
import { RULEBOOK_IDS } from '@pdr/procedures';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO31661Alpha2, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PagingDto } from '../http/paging.dto';
import { IsInstant } from '../http/validators/is-instant';

const SORT_PATTERN = new RegExp(`^-?(${CASE_SORT_FIELDS.map((f) => f.replace('.', '\\.')).join('|')})$`);

export class ListCasesDto extends PagingDto {
  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';

  @ApiPropertyOptional({ example: 'eligibility-review' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  stage?: string;

  @ApiPropertyOptional({ enum: RULEBOOK_IDS })
  @IsOptional()
  @IsIn(RULEBOOK_IDS)
  rulebookId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  framework?: string;

  @ApiPropertyOptional({ description: "Part of the Respondent's name, any case" })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  respondent?: string;

  @ApiPropertyOptional({ example: 'DE' })
  @IsOptional()
  @IsISO31661Alpha2()
  complainantCountry?: string;

  @ApiPropertyOptional({ description: 'Received at or after (ISO 8601 instant)' })
  @IsOptional()
  @IsInstant()
  receivedFrom?: string;

  @ApiPropertyOptional({ description: 'Received at or before (ISO 8601 instant)' })
  @IsOptional()
  @IsInstant()
  receivedTo?: string;

  @ApiPropertyOptional({ description: `A field, descending with a leading "-": ${CASE_SORT_FIELDS.join(', ')}`, example: '-receivedAt' })
  @IsOptional()
  @Matches(SORT_PATTERN, { message: `sort must be one of ${CASE_SORT_FIELDS.join(', ')}, optionally preceded by "-"` })
  sort?: string;

  @ApiPropertyOptional({
    description: `The \`next\` cursor of the previous page: this page starts after its last case (keyset paging; leave \`page\` out). Offered for the sorts by ${CASE_KEYSET_SORT_FIELDS.join(', ')}, and only with the same sort and filters.`,
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a cursor from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Also count every matching case as `total`. Costly on a long list: it reads every match, not one page.', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  count?: boolean;
}
