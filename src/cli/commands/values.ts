/** `segment-targeting values CODE [QUERY] [--limit N] [--json]`: a code's values, listed or searched. */
import { closestCodes, isTargetingCode, searchTargetingValues, TARGETING_CODES, targetingValues } from '../../catalog/index.js';
import { EXIT, integerOption, parse, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { style } from '../style.js';

export const values: Command = {
  name: 'values',
  summary: "list or search a code's values (ignoring case and accents)",
  help: `Usage: segment-targeting values CODE [QUERY] [--limit N] [--json]

Lists the values of a targeting code, or the ones that best match QUERY: case,
accents, spacing and punctuation do not count; a DMA number (501) or an ISO
3166-2 code (CA-ON) finds its value too.

CODE is one of: ${TARGETING_CODES.join(', ')}.

Options:
  --limit N    at most N values (default: all when listing, 10 when searching)
  --json       print the values with their metadata as a JSON array
  -h, --help   show this help

Exit status: 0 values found, 1 none matches QUERY, 2 usage error.

Examples:
  segment-targeting values age
  segment-targeting values city "sao paulo"
  segment-targeting values dma 501 --json`,

  async run(args, io) {
    const { values: opts, positionals } = parse(args, { limit: { type: 'string' }, json: { type: 'boolean' } }, 2);
    const [code, query] = positionals;
    if (code === undefined) throw new UsageError('Missing CODE');
    if (!isTargetingCode(code)) {
      const close = closestCodes(code, 1);
      throw new UsageError(`Unknown code ${JSON.stringify(code)}${close[0] ? `: did you mean ${close[0]}?` : ''} Codes: ${TARGETING_CODES.join(', ')}`);
    }
    const limit = opts.limit === undefined ? undefined : integerOption('limit', opts.limit, 1, 100_000);
    const found =
      query === undefined ? targetingValues(code).slice(0, limit) : searchTargetingValues(code, query, limit === undefined ? {} : { limit });
    if (opts.json) io.out(JSON.stringify(found, null, 2));
    else {
      const s = style(io.color);
      const width = Math.min(40, Math.max(0, ...found.map((v) => v.value.length)));
      for (const { value, ...meta } of found) {
        const extra = Object.entries(meta).map(([k, v]) => `${k} ${String(v)}`).join(' · ');
        io.out(extra === '' ? value : `${value.padEnd(width)}  ${s.dim(extra)}`);
      }
      if (found.length === 0) io.err(`No ${code} value matches ${JSON.stringify(query)}`);
    }
    return found.length > 0 ? EXIT.OK : EXIT.FAILED;
  },
};
