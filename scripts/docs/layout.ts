/** The frame of the site's own pages (values, getting started): head, navigation, footer. */
import { escapeHtml } from './html.ts';
import { PAGES } from './paths.ts';

export interface Page {
  /** The page's file name, one of PAGES: marks its link in the navigation as current. */
  readonly file: string;
  readonly title: string;
  readonly description: string;
  /** The page's content, already HTML. */
  readonly body: string;
  /** Module scripts to load, relative to the site's root. */
  readonly scripts?: readonly string[];
}

const NAV: readonly [file: string, label: string][] = [
  [PAGES.reference, 'API reference'],
  [PAGES.values, 'Targeting values'],
  [PAGES.gettingStarted, 'Getting started'],
];

function nav(current: string): string {
  const links = NAV.map(([file, label]) => {
    const here = file === current ? ' aria-current="page"' : '';
    return `<a href="${file}"${here}>${label}</a>`;
  });
  return `<nav class="site-nav" aria-label="Site"><a class="brand" href="${PAGES.reference}"><img src="assets/favicon.svg" alt="" width="22" height="22">Update Segment Targeting</a>${links.join('')}</nav>`;
}

export function page({ file, title, description, body, scripts = [] }: Page): string {
  const tags = scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`).join('\n  ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} · Update Segment Targeting</title>
  <meta name="description" content="${escapeHtml(description)}">
  <link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="assets/site.css">
  ${tags}
</head>
<body>
<header>${nav(file)}</header>
<main>
${body}
</main>
<footer>Built from the OpenAPI spec of <code>segment-targeting</code> by <code>npm run build:docs</code>. City data from <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0); subdivision names from <a href="https://cldr.unicode.org/">Unicode CLDR</a>; DMA is a trademark of Nielsen.</footer>
</body>
</html>
`;
}
