/** Where the docs site's sources are and where it is written. */
import { join } from 'node:path';
import { ROOT } from '../lib/generated.ts';

export { ROOT };

/** The built site: git-ignored, published as it is (GitHub Pages, or `/docs` of the reference server). */
export const SITE_DIR = join(ROOT, 'site');

/** Hand-written sources: page template, Markdown pages, CSS, images. */
export const DOCS_DIR = join(ROOT, 'docs');

/** The bundled spec the whole site is built from. */
export const SPEC_JSON = join(ROOT, 'src/generated/openapi.json');

/** The pages, as the spec's descriptions link to them (relative links). */
export const PAGES = {
  reference: 'index.html',
  values: 'values.html',
  gettingStarted: 'getting-started.html',
} as const;
