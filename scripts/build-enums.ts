/**
 * Rebuilds the three large enum files of the spec from the value lists in scripts/sources/:
 *   openapi/components/schemas/City.yaml   <- cities.csv
 *   openapi/components/schemas/Dma.yaml    <- dma.csv
 *   openapi/components/schemas/State.yaml  <- subdivisions.csv
 * The committed spec is the source of truth; run this (`npm run build:enums`) only when a list
 * changes, then review the diff. `--check` fails when the committed files differ from the lists.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { parseCsv } from './lib/csv.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = (name: string) => parseCsv(readFileSync(`${root}scripts/sources/${name}`, 'utf8'));
// Relative: the docs site serves the values page beside the API reference.
const DOCS_VALUES = 'values.html';

interface EnumFile {
  file: string;
  doc: Record<string, unknown>;
}

function enumFile(
  file: string,
  title: string,
  description: string,
  rows: { value: string; meta: Record<string, string | number> }[],
): EnumFile {
  const maxLength = Math.max(...rows.map((r) => r.value.length));
  return {
    file,
    doc: {
      title,
      description,
      type: 'string',
      maxLength: Math.ceil(maxLength / 10) * 10,
      enum: rows.map((r) => r.value),
      'x-enum-metadata': Object.fromEntries(rows.map((r) => [r.value, r.meta])),
    },
  };
}

const cities = source('cities.csv');
const dmas = source('dma.csv');
const states = source('subdivisions.csv');

const files: EnumFile[] = [
  enumFile(
    'City.yaml',
    'City',
    [
      `A major metropolitan area, written \`City (CC)\`: the city's common English name and its`,
      `ISO 3166-1 alpha-2 country code, e.g. \`Tokyo (JP)\`, \`New York (US)\`, \`São Paulo (BR)\`.`,
      `${cities.length} cities in ${new Set(cities.map((c) => c['country_code']!)).size} countries on six continents.`,
      'Diacritics are kept where English keeps them, and values are case-sensitive.',
      'Some strings (such as `Tokyo (JP)`) are also `state` values: each code has its own list.',
      '',
      `Each value's country, continent and GeoNames id are in \`x-enum-metadata\`; the full list is`,
      `searchable on the [Targeting values](${DOCS_VALUES}#city) page.`,
      'City data from GeoNames (CC BY 4.0).',
    ].join('\n'),
    cities.map((c) => ({
      value: c['recommended_value']!,
      meta: {
        country: c['country_code']!,
        continent: c['continent']!,
        geonamesId: Number(c['geonames_id']!),
        population: Number(c['population']!),
      },
    })),
  ),
  enumFile(
    'Dma.yaml',
    'Dma',
    [
      'A US television market (Nielsen Designated Market Area), by its full official name, e.g.',
      '`New York`, `Atlanta`, `Dallas-Ft. Worth`, `Albany, GA`.',
      `All ${dmas.length} markets. Names are exact and case-sensitive; the DMA number (501 for New York)`,
      `is in \`x-enum-metadata\` but is not itself a value. Searchable by name or number on the`,
      `[Targeting values](${DOCS_VALUES}#dma) page. DMA is a trademark of Nielsen.`,
    ].join('\n'),
    dmas.map((d) => ({ value: d['recommended_value']!, meta: { dmaCode: Number(d['code']!), country: 'US' } })),
  ),
  enumFile(
    'State.yaml',
    'State',
    [
      'A first-level administrative division (state, province, region, prefecture...), written',
      '`Region (CC)`: its English name and its ISO 3166-1 alpha-2 country code, e.g.',
      '`California (US)`, `Ontario (CA)`, `Tokyo (JP)`.',
      `${states.length} divisions in ${new Set(states.map((s) => s['country_code']!)).size} countries, from Unicode CLDR 48.2.0 with documented`,
      'corrections. Territories that have their own country code (Puerto Rico, Hong Kong...) are not',
      'divisions here.',
      '',
      `Each value's ISO 3166-2 code and country are in \`x-enum-metadata\`; the full list is searchable`,
      `on the [Targeting values](${DOCS_VALUES}#state) page.`,
    ].join('\n'),
    states.map((s) => ({ value: s['recommended_value']!, meta: { isoCode: s['iso_code']!, country: s['country_code']! } })),
  ),
];

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, doc } of files) {
  const path = `${root}openapi/components/schemas/${file}`;
  const text = `# Built from scripts/sources/ by \`npm run build:enums\`; see openapi/README.md.\n${stringify(doc, { lineWidth: 0 })}`;
  if (check) {
    if (readFileSync(path, 'utf8') !== text) {
      console.error(`${path} differs from scripts/sources/: run \`npm run build:enums\``);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exitCode = stale ? 1 : 0;
