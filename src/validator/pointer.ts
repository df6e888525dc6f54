/** JSON Pointers (RFC 6901): how a detail's `path` names a place in the request body. */

/** `["targeting", "0", "values"]` -> `/targeting/0/values`. */
export function toPointer(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** `/targeting/0/values` -> `["targeting", "0", "values"]`. */
export function fromPointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `segments` in `data`, reading own properties only (`__proto__` is data here). */
export function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Orders two pointers into `data` as the places they name appear in the request: array items by
 * index, object properties in the order they were written.
 */
export function compareInDocument(data: unknown, a: readonly string[], b: readonly string[]): number {
  let node = data;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) {
      if (Array.isArray(node)) return Number(x) - Number(y);
      const keys = node !== null && typeof node === 'object' ? Object.keys(node) : [];
      const ix = keys.indexOf(x);
      const iy = keys.indexOf(y);
      return (ix === -1 ? keys.length : ix) - (iy === -1 ? keys.length : iy) || (x < y ? -1 : 1);
    }
    node = valueAt(node, [x]);
  }
  return a.length - b.length;
}
