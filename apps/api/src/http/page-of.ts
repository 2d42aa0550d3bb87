import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The schema of one page of a list endpoint (`Page<T>` of the read side), named after its items: `CaseSummaryPage`. */
export function PageOf<T>(item: Type<T>): Type<{ items: readonly T[]; page: number; pageSize: number; total: number }> {
  class Page {
    @ApiProperty({ type: [item] })
    items!: readonly T[];

    @ApiProperty({ type: 'integer', minimum: 1, description: '1-based' })
    page!: number;

    @ApiProperty({ type: 'integer', minimum: 1 })
    pageSize!: number;

    @ApiProperty({ type: 'integer', minimum: 0, description: 'Items on every page together' })
    total!: number;
  }
  // Schemas are named after classes: one name per item type.
  Object.defineProperty(Page, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  return Page;
}

/**
 * The schema of one page of a list paged by keyset (`KeysetPage<T>` of the read side): `next` is the cursor of the
 * page after, `total` is there only when asked for (`count=true`), `page` only for offset paging. Named `CaseSummaryPage`.
 */
export function KeysetPageOf<T>(item: Type<T>): Type<{ items: readonly T[]; pageSize: number; next?: string | null; page?: number; total?: number }> {
  class Page {
    @ApiProperty({ type: [item] })
    items!: readonly T[];

    @ApiProperty({ type: 'integer', minimum: 1 })
    pageSize!: number;

    @ApiPropertyOptional({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last page. Absent for sorts paged by offset only.' })
    next?: string | null;

    @ApiPropertyOptional({ type: 'integer', minimum: 1, description: '1-based; only when paging by `page` rather than `cursor`' })
    page?: number;

    @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Items on every page together; only with `count=true` (costly)' })
    total?: number;
  }
  Object.defineProperty(Page, 'name', { value: `${item.name.replace(/Dto$/, '')}Page` });
  return Page;
}
