import { BadRequestException, type PipeTransform } from '@nestjs/common';

const SLOT_ID = /^[a-z][a-z0-9-]{0,63}$/;

/** A slot id from the path: lower-case words joined by hyphens, as rulebooks name slots; anything else is 400 naming `slot`. */
export const slotPipe: PipeTransform<string, string> = {
  transform(value: string): string {
    if (typeof value !== 'string' || !SLOT_ID.test(value)) throw new BadRequestException({ message: 'slot must be a slot id of the rulebook (lower-case words joined by hyphens)', field: 'slot' });
    return value;
  },
};
