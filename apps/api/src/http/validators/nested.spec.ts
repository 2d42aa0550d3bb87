import { IsString } from 'class-validator';
import { NestedList, OptionalNested, RequiredNested } from './nested';
import { violationsOf } from './validate-plain.testing';

class Party {
  @IsString()
  name!: string;
}

class Probe {
  @RequiredNested(() => Party)
  party!: Party;

  @OptionalNested(() => Party)
  agent?: Party;

  @NestedList(() => Party, { min: 1, max: 3 })
  others!: Party[];
}

const valid = { party: { name: 'Ada' }, others: [{ name: 'Bob' }] };
const fields = async (body: unknown) => (await violationsOf(Probe, body)).map((v) => v.field);

describe('nested objects', () => {
  it('lets a complete body through, with or without the optional object', async () => {
    expect(await violationsOf(Probe, valid)).toEqual([]);
    expect(await violationsOf(Probe, { ...valid, agent: { name: 'Eve' } })).toEqual([]);
  });

  it('refuses a missing required object, saying it is required', async () => {
    expect(await violationsOf(Probe, { others: valid.others })).toEqual([{ field: 'party', problems: ['party is required'] }]);
    expect(await fields({ ...valid, party: null })).toEqual(['party']);
  });

  it.each([
    ['an empty list', []],
    ['a list of objects', [{ name: 'Ada' }]],
    ['a text', 'Ada'],
  ])('refuses %s where an object is required', async (_what, party) => {
    expect(await fields({ ...valid, party })).toContain('party');
  });

  it('still validates what is inside', async () => {
    expect(await fields({ ...valid, party: { name: 42 } })).toEqual(['party.name']);
    expect(await fields({ ...valid, agent: { name: 42 } })).toEqual(['agent.name']);
  });

  it('refuses an optional object given as a list', async () => {
    expect(await fields({ ...valid, agent: [] })).toEqual(['agent']);
  });

  it.each([
    ['missing', undefined],
    ['empty', []],
    ['too long', [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }]],
    ['a list of lists', [[{ name: 'Ada' }]]],
    ['holding a text', ['Ada']],
    ['holding null', [null]],
  ])('refuses a list of objects that is %s', async (_what, others) => {
    expect(await fields({ ...valid, others })).toContain('others');
  });
});
