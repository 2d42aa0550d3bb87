import { BadRequestException, Logger, type ArgumentsHost } from '@nestjs/common';
import { RuleViolation } from '@pdr/event-sourcing';
import { UnknownRulebookVersion } from '@pdr/procedures';
import { MAX_VIOLATIONS } from './bounded-problem';
import { ProblemFilter } from './problem.filter';

/** Runs the filter as Nest would for a request carrying `body`; the status and body it answers with. */
function answer(error: unknown, body: unknown): { status: number; sent: Record<string, unknown> } {
  const result = { status: 0, sent: {} as Record<string, unknown> };
  const reply = {
    status(code: number) {
      result.status = code;
      return reply;
    },
    send(payload: Record<string, unknown>) {
      result.sent = payload;
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => ({ url: '/cases', body, headers: {} }), getResponse: () => reply }) } as unknown as ArgumentsHost;
  new ProblemFilter().catch(error, host);
  return result;
}

describe('ProblemFilter', () => {
  const framework = 'x'.repeat(100_000);

  it('quotes at most an 80-character excerpt of an input a rule violation echoes, and keeps the rule and field', () => {
    const violation = new RuleViolation('unprocessable', 'BBB-1.1', `framework "${framework}" is not covered by bbb-eu-safe-harbor`, 'framework');
    const { status, sent } = answer(violation, { framework });
    expect(status).toBe(422);
    expect(sent).toEqual({ statusCode: 422, error: 'Unprocessable Entity', rule: 'BBB-1.1', field: 'framework', message: `BBB-1.1: framework "${'x'.repeat(80)}…" is not covered by bbb-eu-safe-harbor` });
  });

  it('bounds the fields and the number of violations of a 400', () => {
    const violations = Array.from({ length: 500 }, (_, i) => ({ field: `${i}${'k'.repeat(1000)}`, problems: [`property ${i}${'k'.repeat(1000)} should not exist`] }));
    const error = new BadRequestException({ message: `Invalid request: ${violations.map((v) => v.problems[0]).join('; ')}`, violations });
    const { status, sent } = answer(error, Object.fromEntries(violations.map((v) => [v.field, 1])));
    expect(status).toBe(400);
    expect(JSON.stringify(sent).length).toBeLessThan(10_000);
    expect(sent.violations).toHaveLength(MAX_VIOLATIONS);
    expect(sent.violationsOmitted).toBe(500 - MAX_VIOLATIONS);
    expect((sent.violations as { field: string }[])[0].field).toBe(`0${'k'.repeat(79)}…`);
  });

  it('answers an unexpected failure with a 500 that says nothing of it', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(answer(new Error('boom: the disk is full'), {}).sent).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('the disk is full'));
    logged.mockRestore();
  });

  it('answers a case under a rulebook version the service lacks with a logged 500 naming the version (issue 10)', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { status, sent } = answer(new UnknownRulebookVersion({ id: 'bbb-eu-safe-harbor', version: '0' }), {});
    expect(status).toBe(500);
    expect(sent).toEqual({ statusCode: 500, error: 'Internal Server Error', rule: 'RULEBOOK-VERSION-UNKNOWN', message: expect.stringContaining('bbb-eu-safe-harbor version 0 is not registered (registered: 1)') });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('UnknownRulebookVersion'));
    logged.mockRestore();
  });
});
