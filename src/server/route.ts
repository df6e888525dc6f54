/**
 * Which handler a request path belongs to. The operation's path is the spec's, in OpenAPI form;
 * `satisfies keyof paths` fails the type check if the spec's path changes.
 */
import type { paths } from '../generated/openapi.js';

/** #/paths/~1external~1{campaignId}~1segments~1{segmentId}~1targeting */
export const TARGETING_PATH = '/external/{campaignId}/segments/{segmentId}/targeting' satisfies keyof paths;

/** Outside the API: the current state, in the data file's shape. */
export const STATE_PATH = '/_reference/state';

/** Where the docs site is served. */
export const DOCS_PATH = '/docs';

const targetingPattern = new RegExp(
  `^${TARGETING_PATH.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, '(?<$1>[^/]*)')}$`,
);

/** The raw (still percent-decoded) path parameters, when `pathname` is the operation's path. */
export function matchTargeting(pathname: string): { campaignId: string; segmentId: string } | null {
  const groups = targetingPattern.exec(pathname)?.groups;
  if (!groups) return null;
  return { campaignId: decode(groups['campaignId'] ?? ''), segmentId: decode(groups['segmentId'] ?? '') };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The path of a request URL without its query: the only part of a URL the server reads or logs. */
export function pathnameOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.search(/[?#]/);
  return q === -1 ? raw : raw.slice(0, q);
}
