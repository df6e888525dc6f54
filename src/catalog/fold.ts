/**
 * How values are compared when a person, not the platform, is typing: case, accents and runs of
 * white space do not count (`sao  PAULO` is `São Paulo`). The platform itself compares exactly.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** `fold`, then only letters and digits: `55+` and `55 +` are both `55`; `Dallas-Ft. Worth` is `dallasftworth`. */
export function compact(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}
