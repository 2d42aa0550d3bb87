import { applyDecorators, type Type } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { CommandAcceptedDto } from './command-response.dto';

/** Response headers an operation sets itself; openapi-headers.ts defines them once under components.headers. */
export const ETAG_HEADER = { $ref: '#/components/headers/ETag' };
export const LOCATION_HEADER = { $ref: '#/components/headers/Location' };

export interface CommandResponseOptions {
  readonly status?: 200 | 201;
  /** The handler sends the stream's new revision as ETag (the next If-Match). Default: true. */
  readonly etag?: boolean;
  /** The handler sends the created resource's URL as Location. */
  readonly location?: boolean;
}

/** A command's success: its body, and the headers its handler sets. Errors are declared for every operation at once (openapi-errors.ts). */
export function ApiCommandResponse(type: Type<unknown> = CommandAcceptedDto, { status = 200, etag = true, location = false }: CommandResponseOptions = {}): MethodDecorator {
  const headers = { ...(etag ? { ETag: ETAG_HEADER } : {}), ...(location ? { Location: LOCATION_HEADER } : {}) };
  return applyDecorators(ApiResponse({ status, type, description: status === 201 ? 'Created' : 'Done', headers }));
}

/** A read's success; `etag` when the handler sends the resource's revision as ETag. */
export function ApiReadResponse(type: Type<unknown>, { etag = false }: { etag?: boolean } = {}): MethodDecorator {
  return applyDecorators(ApiResponse({ status: 200, type, description: 'Found', ...(etag ? { headers: { ETag: ETAG_HEADER } } : {}) }));
}
