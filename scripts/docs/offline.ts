/**
 * Finds what in a page would load from another host: scripts, styles, images, fonts, frames,
 * module imports and CSS urls with an absolute http(s) address. Links a reader may follow
 * (`<a href>`) are not loads and are allowed. The build fails on any; the browser tests also
 * watch every request the pages make.
 */

const LOADS = [
  /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*?\ssrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /<link\b[^>]*?\shref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /@import\s+(?:url\()?\s*["']?(https?:\/\/[^"')\s]+)/gi,
  /url\(\s*["']?(https?:\/\/[^"')\s]+)/gi,
  /(?<!@)\bimport\s*(?:[\w{}\s,*]+from\s*)?["'](https?:\/\/[^"']+)["']/g,
];

/** The absolute addresses `html` would load, each once, in order of appearance. */
export function externalLoads(html: string): string[] {
  const found: [number, string][] = [];
  for (const pattern of LOADS) {
    for (const m of html.matchAll(pattern)) found.push([m.index, m[1]!]);
  }
  return [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, url]) => url))];
}
