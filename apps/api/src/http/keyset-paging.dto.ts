import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { InvalidCursorError } from '@pdr/read-side';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PagingDto } from './paging.dto';

/** `page` and `pageSize`, and the keyset paging of lists read from indexes (issue 13): `cursor`, and `count` on request. */
export class KeysetPagingDto extends PagingDto {
  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page: this page starts after its last item (keyset paging; leave `page` out)' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a cursor from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ description: 'Also count every matching item as `total`. Costly on a long list: it reads every match, not one page.', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  count?: boolean;
}

/** Reads a keyset page, answering a cursor that does not fit (or one given with `page`) with 400 on the field at fault. */
export async function readingCursor<T>(params: { readonly cursor?: string; readonly page?: number }, read: () => Promise<T>): Promise<T> {
  if (params.cursor !== undefined && params.page !== undefined) throw new BadRequestException({ message: 'page and cursor exclude each other: a cursor names where its page starts', field: 'page' });
  try {
    return await read();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new BadRequestException({ message: error.message, field: 'cursor' });
    throw error;
  }
}
