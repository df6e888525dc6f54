/**
 * `--set CODE=V1,V2`: a targeting entry from the command line. A few values contain commas
 * (`Albany, GA`), so pieces are joined back when together they spell a value of the code;
 * `--set CODE=` clears the code, and repeated `--set` of one code add up.
 */
import { isTargetingCode, targetingValues } from '../catalog/index.js';
import { UsageError } from './args.js';

export interface SetEntry {
  code: string;
  values: string[];
}

export function parseSets(sets: readonly string[]): SetEntry[] {
  const entries = new Map<string, string[]>();
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set takes CODE=VALUE[,VALUE...], not ${JSON.stringify(set)}`);
    const code = set.slice(0, eq).trim();
    const values = splitValues(code, set.slice(eq + 1));
    entries.set(code, [...(entries.get(code) ?? []), ...values]);
  }
  return [...entries].map(([code, values]) => ({ code, values }));
}

function splitValues(code: string, text: string): string[] {
  if (text.trim() === '') return [];
  const pieces = text.split(',');
  const known = new Set<string>(isTargetingCode(code) ? targetingValues(code).map((v) => v.value) : []);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    // The longest run of pieces from i that is a value of the code; else the piece alone.
    let j = pieces.length;
    while (j > i + 1 && !known.has(pieces.slice(i, j).join(',').trim())) j--;
    out.push(pieces.slice(i, j).join(',').trim());
    i = j;
  }
  return out;
}
