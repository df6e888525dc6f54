/** The "Getting started" page (getting-started.html), from docs/getting-started.md. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { page } from './layout.ts';
import { markdown } from './markdown.ts';
import { DOCS_DIR, PAGES } from './paths.ts';

export function gettingStartedPage(): string {
  return page({
    file: PAGES.gettingStarted,
    title: 'Getting started',
    description: 'Install segment-targeting, make a first request with the client, use the CLI and the reference server.',
    body: `<article class="prose">\n${markdown(readFileSync(join(DOCS_DIR, 'getting-started.md'), 'utf8'))}\n</article>`,
  });
}
