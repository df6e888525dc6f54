/**
 * The columns of a code's table on the values page: the value, then its metadata
 * (`x-enum-metadata` of `#/components/schemas/{City,Dma,State}`), in a reader's order.
 * Columns come from the metadata's own keys, so a key added to the spec shows up by itself.
 */
import { escapeHtml } from './html.ts';

export interface Column {
  readonly key: string;
  readonly label: string;
  /** The cell's HTML. */
  readonly cell: (value: unknown) => string;
}

const countries = new Intl.DisplayNames(['en'], { type: 'region' });

const text = (value: unknown) => escapeHtml(String(value));

/** Known keys: their label, their place (lower first) and how a cell shows them. */
const KNOWN: Record<string, { label: string; order: number; cell?: (value: unknown) => string }> = {
  dmaCode: { label: 'DMA number', order: 1 },
  isoCode: { label: 'ISO 3166-2', order: 2, cell: (v) => `<code>${text(v)}</code>` },
  country: {
    label: 'Country',
    order: 3,
    cell: (v) => `${text(countries.of(String(v)) ?? v)} <span class="cc">${text(v)}</span>`,
  },
  continent: { label: 'Continent', order: 4 },
  population: { label: 'Population', order: 5, cell: (v) => text(Number(v).toLocaleString('en-US')) },
  geonamesId: {
    label: 'GeoNames id',
    order: 6,
    cell: (v) => `<a href="https://www.geonames.org/${encodeURIComponent(String(v))}">${text(v)}</a>`,
  },
};

/** The metadata columns for rows shaped like `sample` (`{ value, ...metadata }`). */
export function metadataColumns(sample: object | undefined): Column[] {
  const keys = Object.keys(sample ?? {}).filter((k) => k !== 'value');
  return keys
    .map((key, i) => ({ key, known: KNOWN[key], i }))
    .sort((a, b) => (a.known?.order ?? 100 + a.i) - (b.known?.order ?? 100 + b.i))
    .map(({ key, known }) => ({ key, label: known?.label ?? key, cell: known?.cell ?? text }));
}
