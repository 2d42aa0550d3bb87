import { boundText, EXCERPT_LENGTH, excerpt, longInputs, MAX_TEXT_LENGTH } from './echoed-input';

const long = (c: string, n = 100_000) => c.repeat(n);

describe('excerpt', () => {
  it('keeps short text and cuts long text to 80 characters and an ellipsis', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt(long('x'))).toBe(`${'x'.repeat(EXCERPT_LENGTH)}…`);
  });

  it('never splits a surrogate pair', () => {
    expect(excerpt(`${'x'.repeat(79)}😀tail`)).toBe(`${'x'.repeat(79)}…`);
  });
});

describe('longInputs', () => {
  it('finds long keys and values in the body, query, parameters, headers and URL, longest first', () => {
    const found = longInputs({ url: `/cases?q=${long('u', 90)}`, body: { [long('k', 200)]: 1, nested: [{ text: long('v', 300) }], short: 'x' }, headers: { 'if-match': long('h', 100) } });
    expect(found).toEqual([long('v', 300), long('k', 200), long('h', 100), `/cases?q=${long('u', 90)}`]);
  });

  it('looks at a bounded part of a huge body', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `${i}`.padEnd(90, 'x'));
    expect(longInputs({ body }).length).toBeLessThanOrEqual(20);
  });
});

describe('boundText', () => {
  it('cuts an echoed 100 KB input, even with spaces in it, to its excerpt', () => {
    const allegation = long('kept my data ', 8000);
    const text = boundText(`allegation ${allegation} is not allowed`, [allegation]);
    expect(text).toBe(`allegation ${excerpt(allegation)} is not allowed`);
  });

  it('cuts every echo, and an echo cut short by its source', () => {
    const value = long('ab ', 500);
    const text = boundText(`"${value}" then "${value.slice(0, 200)}"`, [value]);
    expect(text).toBe(`"${excerpt(value)}" then "${excerpt(value)}"`);
  });

  it('cuts long quoted passages and unbroken runs it was not told about', () => {
    expect(boundText(`framework "${long('y z ', 100)}" unknown`, [])).toBe(`framework "${excerpt(long('y z ', 100))}" unknown`);
    expect(boundText(`property ${long('q', 500)} should not exist`, [])).toBe(`property ${excerpt(long('q', 500))} should not exist`);
  });

  it('leaves ordinary messages alone', () => {
    const message = 'rulebookId must be one of the following values: bbb-eu-safe-harbor, verasafe-2016';
    expect(boundText(message, [long('x')])).toBe(message);
  });

  it('caps the whole text', () => {
    expect(boundText(long('word ', 10_000), []).length).toBeLessThanOrEqual(MAX_TEXT_LENGTH + 1);
  });
});
