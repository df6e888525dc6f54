/**
 * The "Targeting values" page (values.html): every code, its description from the spec and every
 * value with its metadata, one section per code at `#<code>`. The rows are static HTML (the page
 * reads whole without script); assets/values.js filters them with the catalog's search.
 */
import { targetingValues } from '../../src/catalog/index.ts';
import { TARGETING_CODE_RULES, TARGETING_CODES } from '../../src/generated/codes.ts';
import { metadataColumns } from './columns.ts';
import { escapeHtml } from './html.ts';
import { page } from './layout.ts';
import { markdown } from './markdown.ts';
import { PAGES } from './paths.ts';

type Schemas = Record<string, { description?: string }>;

/** The spec's description of a code's value list, its links to this page made in-page. */
function description(schemas: Schemas, code: keyof typeof TARGETING_CODE_RULES): string {
  const text = schemas[TARGETING_CODE_RULES[code].valueSchema]?.description ?? '';
  return markdown(text.replaceAll(`](${PAGES.values}#`, '](#'));
}

function section(schemas: Schemas, code: (typeof TARGETING_CODES)[number]): string {
  const values = targetingValues(code);
  const columns = metadataColumns(values[0]);
  const head = ['Value', ...columns.map((c) => c.label)].map((l) => `<th scope="col">${l}</th>`).join('');
  const rows = values.map((info) => {
    const meta = info as unknown as Record<string, unknown>;
    const cells = columns.map((c) => `<td>${c.cell(meta[c.key])}</td>`).join('');
    const value = escapeHtml(info.value);
    return `<tr data-value="${value}"><td><code>${value}</code></td>${cells}</tr>`;
  });
  const example = escapeHtml(JSON.stringify({ code, values: [values[0]?.value] }));
  return `<section id="${code}" data-code="${code}">
<h2><a href="#${code}"><code>${code}</code></a> <span class="count">${values.length} values</span></h2>
<div class="description">${description(schemas, code)}
<p>In a request: <code>${example}</code></p></div>
<p class="matches" hidden></p>
<div class="table-wrap"><table>
<thead><tr>${head}</tr></thead>
<tbody class="all">
${rows.join('\n')}
</tbody>
<tbody class="results" hidden></tbody>
</table></div>
</section>`;
}

/** values.html, from the bundled spec (`spec.components.schemas`) and the catalog. */
export function valuesPage(schemas: Schemas): string {
  const index = TARGETING_CODES.map(
    (code) => `<a href="#${code}"><code>${code}</code> <span class="count">${targetingValues(code).length}</span></a>`,
  ).join('');
  const body = `<h1>Targeting values</h1>
<p class="lead">Every value each targeting code accepts, spelled exactly as the API expects it: values are
case-sensitive and keep their accents, so copy them as shown. A request lists, per code, the values
the segment keeps (see the <a href="${PAGES.reference}">API reference</a>).</p>
<p id="search-help" class="help" hidden>Search ignores case and accents, finds DMA numbers (<code>501</code>), ISO codes
(<code>CA-ON</code>) and close spellings, and keeps your search in the address to share.</p>
<div class="search" id="search" hidden>
<label for="q">Search</label>
<input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="New York, sao paulo, 501, CA-ON..." aria-describedby="search-help">
<output id="summary" for="q" aria-live="polite"></output>
</div>
<nav class="codes" aria-label="Codes">${index}</nav>
${TARGETING_CODES.map((code) => section(schemas, code)).join('\n')}`;
  return page({
    file: PAGES.values,
    title: 'Targeting values',
    description: 'Every value of every targeting code of Update Segment Targeting, with its metadata, searchable.',
    body,
    scripts: ['assets/values.js'],
  });
}
