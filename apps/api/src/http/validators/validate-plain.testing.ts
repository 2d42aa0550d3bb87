import type { BadRequestException } from '@nestjs/common';
import { requestValidationPipe } from '../validation.pipe';
import type { FieldViolation } from '../validation.pipe';

/** Runs a body through the API's own validation pipe; the violations it reports, [] when it passes. */
export async function violationsOf(metatype: new () => object, body: unknown): Promise<FieldViolation[]> {
  try {
    await requestValidationPipe().transform(body, { type: 'body', metatype });
    return [];
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { violations: FieldViolation[] }).violations;
  }
}
