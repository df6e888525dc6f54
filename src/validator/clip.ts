/**
 * What of an offending value an error may show: enough to recognise it, never so much that a
 * 400 grows past 4 KiB (`#/components/schemas/ErrorDetail/properties/value`).
 */
export const MAX_SHOWN = 64;

/** A string cut to 64 characters, ending in `…` when cut. */
export function clipString(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN - 1)}…`;
}

/**
 * The value as an error shows it: strings cut, small numbers, booleans and null as they are,
 * objects and arrays only when their JSON is short. `undefined` means: leave `value` out.
 */
export function shownValue(value: unknown): unknown {
  if (typeof value === 'string') return clipString(value);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'object' && jsonFits(value, { left: MAX_SHOWN })) return value;
  return undefined;
}

/** Whether the JSON of `value` fits in `budget.left` characters, without writing it all out. */
function jsonFits(value: unknown, budget: { left: number }): boolean {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(typeof value === 'string' ? value.slice(0, budget.left + 1) : value) ?? 'null';
    budget.left -= text.length;
    return budget.left >= 0;
  }
  budget.left -= 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      budget.left -= 1;
      if (budget.left < 0 || !jsonFits(value[i], budget)) return false;
    }
    return true;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    budget.left -= key.length + 4;
    if (budget.left < 0 || !jsonFits((value as Record<string, unknown>)[key], budget)) return false;
  }
  return budget.left >= 0;
}
