/**
 * The values page's search, in the browser (bundled by esbuild into site/assets/values.js).
 * It ranks with the package's own search (`searchTargetingValues` of src/catalog) and shows the
 * page's static rows of the values it finds: no request, no second copy of the table's markup.
 */
import { searchTargetingValues } from '../../../src/catalog/index.ts';
import type { TargetingCode } from '../../../src/types.ts';

/** The most matches shown per code: enough to scan, few enough to stay instant. */
const LIMIT = 50;

interface Section {
  readonly code: TargetingCode;
  readonly element: HTMLElement;
  readonly all: HTMLTableSectionElement;
  readonly results: HTMLTableSectionElement;
  readonly matches: HTMLElement;
  /** The page's row of each value. */
  readonly rows: Map<string, HTMLTableRowElement>;
}

function sections(): Section[] {
  return [...document.querySelectorAll<HTMLElement>('section[data-code]')].map((el) => {
    const all = el.querySelector<HTMLTableSectionElement>('tbody.all')!;
    const rows = new Map([...all.rows].map((tr) => [tr.dataset['value'] ?? '', tr] as const));
    return {
      code: el.dataset['code'] as TargetingCode,
      element: el,
      all,
      results: el.querySelector<HTMLTableSectionElement>('tbody.results')!,
      matches: el.querySelector<HTMLElement>('.matches')!,
      rows,
    };
  });
}

function show(section: Section, query: string): number {
  const { all, results, matches, rows } = section;
  if (!query) {
    all.hidden = false;
    results.hidden = true;
    results.replaceChildren();
    matches.hidden = true;
    section.element.classList.remove('empty');
    return 0;
  }
  const found = searchTargetingValues(section.code, query, { limit: LIMIT });
  results.replaceChildren(...found.map((info) => rows.get(info.value)?.cloneNode(true) ?? document.createElement('tr')));
  all.hidden = true;
  results.hidden = false;
  matches.hidden = false;
  matches.textContent =
    found.length === 0 ? 'No match.' : found.length === LIMIT ? `The first ${LIMIT} matches:` : `${found.length} match${found.length === 1 ? '' : 'es'}:`;
  section.element.classList.toggle('empty', found.length === 0);
  return found.length;
}

function start(): void {
  const input = document.querySelector<HTMLInputElement>('#q');
  const summary = document.querySelector<HTMLOutputElement>('#summary');
  const box = document.querySelector<HTMLElement>('#search');
  if (!input || !summary || !box) return;
  const all = sections();
  const run = () => {
    const query = input.value.trim();
    const counts = all.map((s) => [s.code, show(s, query)] as const);
    const hits = counts.filter(([, n]) => n > 0);
    document.body.classList.toggle('searching', query !== '');
    summary.replaceChildren();
    if (query && !hits.length) summary.textContent = 'No value matches.';
    if (hits.length) {
      summary.append('Matches in ');
      hits.forEach(([code, n], i) => {
        const link = Object.assign(document.createElement('a'), { href: `#${code}`, textContent: code });
        summary.append(...(i ? [', '] : []), link, ` (${n === LIMIT ? `${LIMIT}+` : n})`);
      });
      summary.append('.');
    }
    // The query is part of the address, so a search can be linked: values.html?q=ontario#state
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  input.addEventListener('input', run);
  // The catalog builds each code's index on its first search (state: 3,813 values); build them
  // when the reader comes to the box, not on the first keystroke.
  input.addEventListener('focus', () => all.forEach((s) => searchTargetingValues(s.code, '', { limit: 1 })), { once: true });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  box.hidden = false;
  const help = document.querySelector<HTMLElement>('#search-help');
  if (help) help.hidden = false;
  if (input.value) run();
  document.documentElement.dataset['search'] = 'ready';
}

start();
