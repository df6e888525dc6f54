/**
 * Serves the built docs site (site/) on http://127.0.0.1:4020/, as a static host would; builds it
 * first when it is missing or out of date. `--port <n>` (or PORT) picks another port.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { siteIsFresh } from './docs/inputs.ts';
import { ROOT, SITE_DIR } from './docs/paths.ts';
import { serveStatic } from './docs/serve.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' } } });
const port = Number(values.port ?? process.env['PORT'] ?? 4020);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`--port must be a port number, got ${values.port}`);

if (!siteIsFresh()) {
  console.log('site/ is missing or out of date: building it (npm run build:docs)');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-docs.ts'], { cwd: ROOT, stdio: 'inherit' });
}
const server = await serveStatic(SITE_DIR, { host: values.host ?? '127.0.0.1', port });
console.log(`Serving ${SITE_DIR}/ at ${server.url} (Ctrl+C to stop)`);
console.log(`  ${server.url}            the API reference`);
console.log(`  ${server.url}values.html the targeting values`);
process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
