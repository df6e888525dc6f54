/**
 * Ranks a list of strings against what a person typed: exact (ignoring case, accents, spacing and
 * punctuation) first, then a metadata key (`501`, `CA-ON`, `ON`), a prefix, a word prefix, a
 * substring, and last close spellings (a bounded edit distance). Used by the catalog search and,
 * through it, by the validator's suggestions.
 */
import { boundedDistance } from './distance.js';
import { compact, fold } from './fold.js';
import { add, bigrams, charBit, letterMask, missing } from './letters.js';

export interface RankerEntry {
  /** The string itself. */
  readonly value: string;
  /** Other strings that name it exactly: a DMA number, an ISO 3166-2 code. */
  readonly keys?: readonly string[];
  /** Breaks ties between equally good matches: higher first (a city's population). */
  readonly weight?: number;
}

interface Indexed {
  readonly index: number;
  readonly full: string;
  readonly name: string;
  readonly compact: string;
  /** The folded value with a space before each word: `" dallas ft worth"`. */
  readonly wordStarts: string;
  readonly letters: number;
  readonly keys: readonly string[];
  readonly weight: number;
}

export interface Ranked {
  readonly index: number;
  readonly tier: number;
  readonly distance: number;
}

/** Tiers of a match, best first. */
const EXACT = 0;
const KEY = 1;
const PREFIX = 2;
const WORD_PREFIX = 3;
const SUBSTRING = 4;
const CLOSE = 5;

/** Queries longer than this match nothing. */
const MAX_QUERY = 200;

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** `Tokyo (JP)` -> `Tokyo`: the name without its country code. */
const withoutCountry = (value: string) => value.replace(/\s*\([A-Z]{2}\)$/, '');

/** How many edits a query of this many letters and digits may be from its match. */
const allowedEdits = (length: number) => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

export class Ranker {
  readonly #entries: readonly Indexed[];
  /** Folded, name-only and compact forms of every value, to the values that have them. */
  readonly #exact = new Map<string, number[]>();
  /** Each key (folded and compact), to the values it names. */
  readonly #keys = new Map<string, number[]>();
  /** Each letter and each pair of adjacent letters of the compact forms, to the values that have it. */
  readonly #bigrams = new Map<string, number[]>();

  constructor(entries: readonly RankerEntry[]) {
    this.#entries = entries.map((e, index) => ({
      index,
      full: fold(e.value),
      name: fold(withoutCountry(e.value)),
      compact: compact(e.value),
      wordStarts: ` ${fold(e.value).split(WORD_BREAK).join(' ')}`,
      letters: letterMask(fold(e.value)),
      keys: (e.keys ?? []).flatMap((k) => [fold(k), compact(k)]),
      weight: e.weight ?? 0,
    }));
    for (const e of this.#entries) {
      for (const form of new Set([e.full, e.name, e.compact])) add(this.#exact, form, e.index);
      for (const key of new Set(e.keys)) add(this.#keys, key, e.index);
      for (const pair of bigrams(e.compact)) add(this.#bigrams, pair, e.index);
      for (const char of new Set(e.compact)) add(this.#bigrams, char, e.index);
    }
  }

  /**
   * The values that can match: whatever matches a query shares at least `pairs - 3 × edits` of
   * its compact letter pairs (an edit breaks at most two, a transposition three), so the rest need
   * not be looked at.
   * All values when the query is too short for that to rule anything out.
   */
  #candidates(q: string, qc: string): readonly Indexed[] {
    // One letter: the values that have it (all a match can be, as edits are not allowed yet).
    const pairs = qc.length === 1 ? new Set([qc]) : bigrams(qc);
    const needed = pairs.size - 3 * allowedEdits(qc.length);
    if (needed < 1) return this.#entries;
    const counts = new Uint16Array(this.#entries.length);
    const picked = new Set<number>([...(this.#keys.get(q) ?? []), ...(this.#keys.get(qc) ?? [])]);
    for (const pair of pairs) {
      for (const i of this.#bigrams.get(pair) ?? []) if (++counts[i]! === needed) picked.add(i);
    }
    return [...picked].map((i) => this.#entries[i]!);
  }

  /**
   * The values equal to `query` ignoring case, accents, spacing and punctuation: a Map lookup,
   * so that the usual mistake (`california (us)`, `Sao Paulo (BR)`, `55+`) costs no scan.
   */
  exact(query: string): number[] {
    if (query.length > MAX_QUERY) return [];
    const hits = new Set([...(this.#exact.get(fold(query)) ?? []), ...(this.#exact.get(compact(query)) ?? [])]);
    return [...hits].sort((a, b) => a - b);
  }

  /**
   * The indices of the best matches of `query`, best first, at most `limit`. `scanAll` skips the
   * letter-pair filter (the same answer, slower): for tests of that filter.
   */
  rank(query: string, limit: number, scanAll = false): Ranked[] {
    // Far longer than any value: nothing can be close, and a long query must not cost a long scan.
    if (query.length > MAX_QUERY) return [];
    const q = fold(query);
    const qc = compact(query);
    if (q === '') return this.#entries.slice(0, limit).map((e) => ({ index: e.index, tier: EXACT, distance: 0 }));
    const found: (Ranked & { weight: number })[] = [];
    const letters = Array.from(q, (ch) => charBit(ch.charCodeAt(0)));
    const spacedQ = ` ${q}`;
    for (const e of scanAll ? this.#entries : this.#candidates(q, qc)) {
      const match = this.#match(e, q, qc, spacedQ, letters);
      if (match) found.push({ index: e.index, ...match, weight: e.weight });
    }
    found.sort((a, b) => a.tier - b.tier || a.distance - b.distance || b.weight - a.weight || a.index - b.index);
    return found.slice(0, limit).map(({ index, tier, distance }) => ({ index, tier, distance }));
  }

  #match(e: Indexed, q: string, qc: string, spacedQ: string, letters: readonly number[]): { tier: number; distance: number } | null {
    if (e.full === q || e.name === q || (qc !== '' && e.compact === qc)) return { tier: EXACT, distance: 0 };
    if (e.keys.includes(q) || (qc !== '' && e.keys.includes(qc))) return { tier: KEY, distance: 0 };
    if (e.full.startsWith(q) || (qc.length >= 2 && e.compact.startsWith(qc))) return { tier: PREFIX, distance: 0 };
    if (e.wordStarts.includes(spacedQ)) return { tier: WORD_PREFIX, distance: 0 };
    if (q.length >= 3 && (e.full.includes(q) || (qc.length >= 3 && e.compact.includes(qc)))) {
      return { tier: SUBSTRING, distance: 0 };
    }
    const max = allowedEdits(qc.length);
    if (max === 0) return null;
    if (q.length > e.full.length + max || missing(letters, e.letters) > max) return null;
    let distance = boundedDistance(q, e.name, max);
    if (distance > max && e.full !== e.name) distance = boundedDistance(q, e.full, max);
    // A close spelling of the start of a longer name ("new yrok" for "New York (US)"), ranked after whole-name ones.
    if (distance > max && e.name.length > q.length) distance = boundedDistance(q, e.name.slice(0, q.length), max - 1) + 1;
    return distance <= max ? { tier: CLOSE, distance } : null;
  }
}
