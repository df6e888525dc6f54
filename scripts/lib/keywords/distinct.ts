/**
 * `distinct`: no string repeats in an array, in O(n) with a Map. Replaces `uniqueItems: true`
 * (`distinct: true`, the items themselves) and the spec's `x-unique-item-properties: [code]`
 * (`distinct: "code"`, a property of each item).
 *
 * Unlike ajv's `uniqueItems`, which stops at the first pair, it reports every repeat, at the
 * repeated item's index, with the index of its first occurrence (looked up only then). A Set,
 * not an object, so that `__proto__` and `constructor` are values like any other.
 */
import type { CodeKeywordDefinition, KeywordCxt } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';

export interface DistinctError {
  keyword: 'distinct';
  params: { index: number; first: number; value: string; property: string | null };
}

export const distinctKeyword: CodeKeywordDefinition = {
  keyword: 'distinct',
  type: 'array',
  schemaType: ['boolean', 'string'],
  error: {
    message: 'must not repeat',
    params: ({ params }) =>
      _`{index: ${params['index']}, first: ${params['first']}, value: ${params['value']}, property: ${params['property']}}`,
  },
  code(cxt: KeywordCxt) {
    const { gen, data } = cxt;
    const property = typeof cxt.schema === 'string' ? cxt.schema : null;
    const seen = gen.const('seen', _`new Set()`);
    const i = gen.name('i');
    gen.for(_`let ${i} = 0; ${i} < ${data}.length; ${i}++`, () => {
      const item = gen.const('item', _`${data}[${i}]`);
      const value = property
        ? gen.const('value', _`${item} !== null && typeof ${item} == "object" ? ${item}[${property}] : undefined`)
        : item;
      gen.if(_`typeof ${value} == "string"`, () => {
        const size = gen.const('size', _`${seen}.size`);
        gen.code(_`${seen}.add(${value})`);
        gen.if(_`${seen}.size === ${size}`, () => {
          const first = property
            ? gen.const('first', _`${data}.findIndex((x) => x !== null && typeof x == "object" && x[${property}] === ${value})`)
            : gen.const('first', _`${data}.indexOf(${value})`);
          const at = gen.const('at', _`"" + ${i}`);
          cxt.error(false, { index: i, first, value, property: property ?? _`null` }, { instancePath: at });
        });
      });
    });
  },
};
