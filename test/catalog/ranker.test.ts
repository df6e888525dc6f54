import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Ranker } from '../../src/catalog/ranker.ts';
import { CITY_VALUES } from '../../src/generated/values/city.ts';
import { DMA_VALUES } from '../../src/generated/values/dma.ts';
import { STATE_METADATA_JSON, STATE_VALUES, type StateMetadata } from '../../src/generated/values/state.ts';

const STATE_METADATA = JSON.parse(STATE_METADATA_JSON) as StateMetadata[];

const lists = {
  state: new Ranker(STATE_VALUES.map((value, i) => ({ value, keys: [STATE_METADATA[i]!.isoCode] }))),
  city: new Ranker(CITY_VALUES.map((value) => ({ value }))),
  dma: new Ranker(DMA_VALUES.map((value) => ({ value }))),
};
const all = { state: STATE_VALUES, city: CITY_VALUES, dma: DMA_VALUES };

/** A value with a few random edits, cut, or in another case: what people type. */
const query = fc.constantFrom('state', 'city', 'dma').chain((code) =>
  fc
    .tuple(fc.constantFrom(...all[code as keyof typeof all]), fc.array(fc.tuple(fc.nat(60), fc.constantFrom('del', 'ins', 'sub', 'swap', 'cut')), { maxLength: 4 }), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([value, edits, ch]) => {
      let q: string = value;
      for (const [at, edit] of edits) {
        const i = at % Math.max(1, q.length);
        if (edit === 'del') q = q.slice(0, i) + q.slice(i + 1);
        if (edit === 'ins') q = q.slice(0, i) + ch + q.slice(i);
        if (edit === 'sub') q = q.slice(0, i) + ch + q.slice(i + 1);
        if (edit === 'swap') q = q.slice(0, i) + q.slice(i + 1, i + 2) + q.slice(i, i + 1) + q.slice(i + 2);
        if (edit === 'cut') q = q.slice(0, i + 1);
      }
      return [code as keyof typeof lists, q] as const;
    }),
);

describe('Ranker', () => {
  it('finds with its letter-pair filter exactly what a scan of every value finds', () => {
    fc.assert(
      fc.property(query, ([code, q]) => {
        expect(lists[code].rank(q, 10)).toEqual(lists[code].rank(q, 10, true));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});
