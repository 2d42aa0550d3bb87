import { BadBody } from './body-errors';
import { parseJsonBody } from './parse-json';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const parse = (text: string | Buffer) => parseJsonBody(typeof text === 'string' ? bytes(text) : text, { maxDepth: 64 });
const refusal = (text: string | Buffer): BadBody => {
  try {
    parse(text);
  } catch (error) {
    return error as BadBody;
  }
  throw new Error('the body was accepted');
};

describe('parseJsonBody', () => {
  it('parses a JSON document, a byte-order mark and paired surrogates (emoji) included', () => {
    expect(parse('{"name":"Ada","list":[1,{"a":null}]}')).toEqual({ name: 'Ada', list: [1, { a: null }] });
    expect(parse('\ufeff{"a":1}')).toEqual({ a: 1 });
    expect(parse('{"note":"\\ud83d\\ude00 and 😀"}')).toEqual({ note: '😀 and 😀' });
  });

  it('accepts nesting up to the limit and refuses one level more, brackets inside strings not counted', () => {
    expect(() => parse('['.repeat(64) + ']'.repeat(64))).not.toThrow();
    expect(refusal('['.repeat(65) + ']'.repeat(65))).toMatchObject({ statusCode: 400, message: 'the body nests objects or arrays deeper than 64 levels' });
    expect(() => parse(`{"text":"${'[{'.repeat(500)}\\"${'['.repeat(100)}"}`)).not.toThrow();
  });

  it('refuses 10,000 levels of nesting with a 400, not a stack overflow', () => {
    expect(refusal('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))).toBeInstanceOf(BadBody);
    expect(refusal('['.repeat(10_000) + ']'.repeat(10_000)).statusCode).toBe(400);
  });

  it.each([
    ['a lone high surrogate as an escape', '{"allegation":"\\ud800"}', 'allegation'],
    ['a lone low surrogate as an escape', '{"complainant":{"name":"x\\udc00y"}}', 'complainant.name'],
    ['a reversed pair', '{"outcomes":["ok","\\ude00\\ud83d"]}', 'outcomes[1]'],
  ])('refuses %s, naming where it is', (_what, text, field) => {
    expect(refusal(text)).toMatchObject({ statusCode: 400, message: expect.stringMatching(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')} contains an unpaired UTF-16 surrogate`)) });
  });

  it('refuses a lone surrogate in a key', () => {
    expect(refusal('{"\\ud800":1}').message).toContain('unpaired UTF-16 surrogate');
  });

  it('refuses a raw (UTF-8 encoded) surrogate and other invalid UTF-8 instead of turning it into U+FFFD', () => {
    const encodedSurrogate = Buffer.concat([bytes('{"allegation":"'), Buffer.from([0xed, 0xa0, 0x80]), bytes('"}')]);
    expect(refusal(encodedSurrogate)).toMatchObject({ statusCode: 400, message: 'the body is not valid UTF-8' });
    expect(refusal(Buffer.from([0x7b, 0xff, 0x7d])).message).toBe('the body is not valid UTF-8');
  });

  it.each(['{"__proto__":{"admin":true}}', '{"a":[{"constructor":{"prototype":{"admin":true}}}]}', '{"constructor":1}'])('refuses prototype poisoning: %s', (text) => {
    expect(refusal(text)).toMatchObject({ statusCode: 400, message: expect.stringMatching(/^the body may not use "(__proto__|constructor)" as a key/) });
  });

  it('refuses malformed JSON with its position and without quoting it', () => {
    expect(refusal('{"a" 1}').message).toBe('the body is not valid JSON (at position 5)');
    expect(refusal(`{"a": ${'x'.repeat(500)}}`).message).toBe('the body is not valid JSON');
    expect(refusal('{"a":').message).toBe('the body is not valid JSON');
  });

  it('refuses an empty body', () => {
    expect(refusal('  ').message).toBe('the body is empty: send a JSON document, or no Content-Type');
  });
});
