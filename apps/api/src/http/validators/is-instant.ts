import { isInstant } from '@pdr/procedures';
import { ValidateBy, type ValidationOptions } from 'class-validator';

export const INSTANT_MESSAGE = '$property must be an ISO 8601 instant with seconds and an offset, e.g. 2026-03-02T09:00:00Z';

/**
 * An instant on the wire: a full date-time with an offset or Z, on a day that exists. class-validator's
 * IsISO8601({ strict: true }) also lets a bare date ('2026-03-02') through, which each reader would then place in its
 * own zone. The predicate is the domain's, so the HTTP boundary and the deciders agree.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isInstant', validator: { validate: (value) => isInstant(value), defaultMessage: () => INSTANT_MESSAGE } }, options);
}
