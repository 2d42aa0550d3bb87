import type { Type } from '@nestjs/common';
import { getSchemaPath } from '@nestjs/swagger';

/**
 * The schema of a read model's map keyed by id (notices, deadlines, …): an object whose values are `value`. The
 * controller answering it lists `value` in @ApiExtraModels, since a map's value type is not discovered on its own.
 */
export const mapOf = (value: Type<unknown>) => ({ type: 'object' as const, additionalProperties: { $ref: getSchemaPath(value) } });
