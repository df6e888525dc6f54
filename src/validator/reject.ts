/**
 * Problems -> the 400 of CONTRACT.md: one detail per place (the most useful problem there), in
 * the order of the request, at most `MAX_ERROR_DETAILS`, each value clipped and its suggestions
 * worked out only now, for the details that are listed.
 */
import { closestCodes, suggestTargetingValues } from '../catalog/index.js';
import { MAX_ERROR_DETAILS } from '../generated/codes.js';
import type { ErrorDetail } from '../types.js';
import { MAX_SHOWN, shownValue } from './clip.js';
import { compareInDocument, toPointer, valueAt } from './pointer.js';
import type { Invalid } from './result.js';
import { PRIORITY, type Problem } from './translate.js';

const rank = (keyword: string) => {
  const i = PRIORITY.indexOf(keyword);
  return i === -1 ? PRIORITY.length : i;
};

/** Keeps, for each place, the problem whose raw keyword ranks first. */
export function onePerPlace(problems: readonly { problem: Problem; keyword: string }[]): Problem[] {
  const best = new Map<string, { problem: Problem; keyword: string }>();
  for (const p of problems) {
    const key = toPointer(p.problem.path);
    const kept = best.get(key);
    if (!kept || rank(p.keyword) < rank(kept.keyword)) best.set(key, p);
  }
  return [...best.values()].map((p) => p.problem);
}

function detail(problem: Problem, body: unknown): ErrorDetail {
  const out: ErrorDetail = { error: problem.error, message: problem.message, path: toPointer(problem.path) };
  const raw = problem.hasValue ? valueAt(body, problem.path) : undefined;
  const shown = shownValue(raw);
  if (shown !== undefined) out.value = shown;
  // Nothing valid is longer than MAX_SHOWN characters: a longer value gets no suggestions.
  if (problem.suggestFrom !== undefined && typeof raw === 'string' && raw.length <= MAX_SHOWN) {
    const suggestions = problem.suggestFrom === null ? closestCodes(raw, 3) : suggestTargetingValues(problem.suggestFrom, raw, 3);
    if (suggestions.length) out.suggestions = suggestions;
  }
  return out;
}

/** The rejection for `problems` (at least one) found in `body`. */
export function reject(problems: readonly Problem[], body: unknown): Invalid {
  const sorted = [...problems].sort((a, b) => compareInDocument(body, a.path, b.path));
  const details = sorted.slice(0, MAX_ERROR_DETAILS).map((p) => detail(p, body));
  const first = details[0]!;
  const omitted = sorted.length - details.length;
  return {
    valid: false,
    status: 400,
    error: first.error,
    message: first.message,
    details,
    ...(omitted > 0 ? { omittedDetails: omitted } : {}),
  };
}
