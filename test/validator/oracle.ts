/**
 * An independent oracle: what CONTRACT.md says is wrong with a parsed body, in the order of the
 * request, from the value arrays alone. Written plainly, without ajv or the validator's code.
 */
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface Expected {
  path: string;
  error: string;
}

export function oracle(
  body: unknown,
  lists: Record<string, readonly string[]>,
  rules: Record<string, { error: string; maxValues: number }>,
): Expected[] {
  const out: Expected[] = [];
  const bad = (path: string, error = 'invalid request'): void => {
    out.push({ path, error });
  };
  if (!isObject(body)) return [{ path: '', error: 'invalid request' }];
  const keys = Object.keys(body);
  if (!keys.includes('targeting')) {
    for (const k of keys) bad(`/${esc(k)}`);
    bad('/targeting');
    return out;
  }
  for (const k of keys) {
    if (k !== 'targeting') {
      bad(k.length > 64 ? '' : `/${esc(k)}`);
      continue;
    }
    const targeting = body['targeting'];
    if (!Array.isArray(targeting)) {
      bad('/targeting');
      continue;
    }
    if (targeting.length < 1 || targeting.length > 7) bad('/targeting');
    const seenCodes = new Set<string>();
    targeting.forEach((entry, i) => {
      const at = `/targeting/${i}`;
      if (!isObject(entry)) return bad(at);
      const code = entry['code'];
      const repeated = typeof code === 'string' && seenCodes.has(code);
      if (typeof code === 'string') seenCodes.add(code);
      if (!Object.hasOwn(entry, 'code')) return bad(`${at}/code`);
      if (typeof code !== 'string') return bad(`${at}/code`);
      if (!Object.hasOwn(lists, code)) return bad(`${at}/code`, 'invalid code');
      const list = new Set(lists[code]);
      const entryKeys = Object.keys(entry);
      const ordered = entryKeys.includes('values') ? entryKeys : [...entryKeys, 'values'];
      for (const k of ordered) {
        if (k === 'code') {
          if (repeated) bad(`${at}/code`, 'invalid combination');
        } else if (k === 'values') {
          const values = entry['values'];
          if (!Object.hasOwn(entry, 'values') || !Array.isArray(values)) {
            bad(`${at}/values`);
            continue;
          }
          if (values.length > rules[code]!.maxValues) bad(`${at}/values`);
          const seen = new Set<string>();
          values.forEach((v, j) => {
            const vat = `${at}/values/${j}`;
            if (typeof v !== 'string') return bad(vat);
            if (!list.has(v)) bad(vat, rules[code]!.error);
            else if (seen.has(v)) bad(vat, 'invalid combination');
            seen.add(v);
          });
        } else {
          bad(`${at}/${esc(k)}`);
        }
      }
    });
  }
  return out;
}
