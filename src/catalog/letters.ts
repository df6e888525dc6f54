/** The cheap letter-level facts the ranker filters with before it measures any edit distance. */

/** A character as a bit: each letter its own, digits one, anything else one. */
export function charBit(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : c >= 48 && c <= 57 ? 1 << 26 : 1 << 27;
}

/** The characters a string has, as bits. */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= charBit(text.charCodeAt(i));
  return mask;
}

/**
 * How many characters of the query (counted with repeats) the value lacks entirely: each costs
 * at least one edit, so this bounds the edit distance from below at almost no cost.
 */
export function missing(query: readonly number[], letters: number): number {
  let count = 0;
  for (const bit of query) if ((bit & letters) === 0) count++;
  return count;
}

/** Appends `index` to the list of `key`. */
export function add(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}

/** The distinct pairs of adjacent characters of `text`. */
export function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(text.slice(i, i + 2));
  return pairs;
}
