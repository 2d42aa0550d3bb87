import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

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
