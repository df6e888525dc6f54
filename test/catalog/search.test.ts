import { describe, expect, it } from 'vitest';
import { searchTargetingValues, suggestTargetingValues, targetingValues, TARGETING_CODES } from '../../src/catalog/index.ts';

describe('targetingValues', () => {
  it.each([
    ['dma', 'New York', { dmaCode: 501, country: 'US' }],
    ['state', 'Ontario (CA)', { isoCode: 'CA-ON', country: 'CA' }],
    ['city', 'São Paulo (BR)', { country: 'BR', continent: 'South America' }],
    ['age', '55 +', {}],
  ] as const)('%s %s carries its metadata', (code, value, meta) => {
    const info = targetingValues(code).find((v) => v.value === value);
    expect(info).toMatchObject({ value, ...meta });
  });

  it('is frozen and built once', () => {
    const a = targetingValues('state');
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    expect(targetingValues('state')).toBe(a);
  });

  it('refuses an unknown code', () => {
    expect(() => targetingValues('country' as never)).toThrow(TypeError);
  });

  it('lists every code', () => {
    expect(TARGETING_CODES.map((c) => targetingValues(c).length)).toEqual([6, 4, 2, 3, 227, 210, 3813]);
  });
});

describe('searchTargetingValues', () => {
  it.each<[string, { code: (typeof TARGETING_CODES)[number]; query: string; first: string }]>([
    ['prefix, any case', { code: 'dma', query: 'new yor', first: 'New York' }],
    ['without accents', { code: 'city', query: 'sao paulo', first: 'São Paulo (BR)' }],
    ['a DMA by its number', { code: 'dma', query: '501', first: 'New York' }],
    ['a state by its ISO code', { code: 'state', query: 'CA-ON', first: 'Ontario (CA)' }],
    ['a state by its subdivision code', { code: 'state', query: 'ON', first: 'Ontario (CA)' }],
    ['a state by name', { code: 'state', query: 'ontario', first: 'Ontario (CA)' }],
    ['a typo', { code: 'city', query: 'tokio', first: 'Tokyo (JP)' }],
    ['a transposition', { code: 'city', query: 'new yrok', first: 'New York (US)' }],
    ['a misspelt DMA', { code: 'dma', query: 'Los Angelos', first: 'Los Angeles' }],
    ['punctuation ignored', { code: 'dma', query: 'dallas ft worth', first: 'Dallas-Ft. Worth' }],
    ['a word inside', { code: 'dma', query: 'worth', first: 'Dallas-Ft. Worth' }],
    ['spacing ignored', { code: 'age', query: '55+', first: '55 +' }],
    ['exact before prefix', { code: 'state', query: 'california', first: 'California (US)' }],
  ])('%s', (_name, { code, query, first }) => {
    expect(searchTargetingValues(code, query)[0]?.value).toBe(first);
  });

  it('ranks bigger cities first among equal matches', () => {
    const sans = targetingValues('city').filter((c) => c.value.toLowerCase().startsWith('san'));
    const biggest = [...sans].sort((a, b) => b.population - a.population)[0]!;
    const hits = searchTargetingValues('city', 'san', { limit: 50 });
    expect(hits[0]).toBe(biggest);
    expect(hits.map((h) => h.value).slice(0, sans.length).sort()).toEqual(sans.map((s) => s.value).sort());
  });

  it('returns metadata with each hit and honours the limit', () => {
    const hits = searchTargetingValues('state', 'a', { limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]).toHaveProperty('isoCode');
  });

  it('lists values in order for an empty query', () => {
    expect(searchTargetingValues('age', '').map((v) => v.value)).toEqual(['13-17', '18-24', '25-34', '35-54', '55 +', 'Not Defined']);
  });

  it('finds nothing for nonsense, and is quick about a huge query', () => {
    expect(searchTargetingValues('state', 'qqqqqqqqqq')).toEqual([]);
    expect(searchTargetingValues('state', 'x'.repeat(1_000_000))).toEqual([]);
  });
});

describe('suggestTargetingValues', () => {
  it.each<[string, (typeof TARGETING_CODES)[number], string, string[]]>([
    ['case only', 'gender', 'female', ['Female']],
    ['accents only', 'city', 'Sao Paulo (BR)', ['São Paulo (BR)']],
    ['missing country', 'state', 'California', ['California (US)']],
    ['nothing close', 'os', 'windows', []],
  ])('%s', (_name, code, value, want) => {
    expect(suggestTargetingValues(code, value)).toEqual(want);
  });

  it('suggests at most three', () => {
    expect(suggestTargetingValues('state', 'Sa').length).toBeLessThanOrEqual(3);
  });
});
