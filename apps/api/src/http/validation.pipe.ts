import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldViolation {
  readonly field: string;
  readonly problems: readonly string[];
}

/** Flattens class-validator's tree so each problem names its field by dotted path (complainant.email). */
export function fieldViolations(errors: readonly ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...fieldViolations(error.children ?? [], field)];
  });
}

/** Whitelisting with rejection: an unknown field is an error, not silently dropped. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const violations = fieldViolations(errors);
      const summary = violations.map((v) => v.problems.join('; ')).join('; ');
      return new BadRequestException({ message: `Invalid request: ${summary}`, violations });
    },
  });
}
