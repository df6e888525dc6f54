/** `segment-targeting serve`: the reference server, until SIGINT or SIGTERM. */
import { existsSync } from 'node:fs';
import { ReferenceDataError, startReferenceServer } from '../../server/index.js';
import { DEFAULT_DOCS_DIR } from '../../server/docs.js';
import { EXIT, integerOption, parse } from '../args.js';
import { banner, displayUrl } from '../banner.js';
import type { Command } from '../command.js';
import { style } from '../style.js';

export const serve: Command = {
  name: 'serve',
  summary: 'run the reference server (the endpoint, with state and permissions)',
  help: `Usage: segment-targeting serve [--port 4010] [--host 127.0.0.1] [--data FILE] [--docs DIR] [--quiet]

Runs a local stand-in for the platform's endpoint that behaves as the platform does:
Bearer tokens with scopes and apps, 400/403/404/413/415 with the platform's bodies,
and merge semantics. State is kept in memory; GET /_reference/state shows it.

Options:
  --port N     port to listen on (default: $PORT, else 4010; 0 picks a free one)
  --host HOST  address to listen on (default 127.0.0.1)
  --data FILE  initial state, a JSON file: {"campaigns":[...],"tokens":[...]}
               (default: the demo data, campaign 12345 with segment 9876)
  --docs DIR   docs site to serve at /docs/ (default: site/ of the package, if built)
  --quiet      no line per request
  -h, --help   show this help

Exit status: 0 after SIGINT or SIGTERM, 1 when the server cannot start, 2 usage error.`,

  async run(args, io) {
    const { values } = parse(
      args,
      { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, docs: { type: 'string' }, quiet: { type: 'boolean' } },
      0,
    );
    const port = integerOption('port', values.port ?? io.env['PORT'] ?? '4010', 0, 65535);
    const host = values.host ?? '127.0.0.1';
    const docsDir = values.docs ?? DEFAULT_DOCS_DIR;
    const s = style(io.color);
    let server;
    try {
      server = await startReferenceServer({
        port,
        host,
        docsDir,
        ...(values.data === undefined ? {} : { dataFile: values.data }),
        ...(values.quiet ? {} : { log: (line: string) => io.out(s.dim(line)) }),
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (e instanceof ReferenceDataError) io.err(e.message);
      else if (err.code === 'EADDRINUSE') io.err(`Port ${port} is in use: try --port ${port + 1}, or --port 0 for any free port`);
      else if (err.code === 'ENOENT') io.err(`Cannot read ${values.data}: no such file`);
      else io.err(`Cannot start the server: ${err.message}`);
      return EXIT.FAILED;
    }
    // Listen for the signal before saying we are ready, so that no signal comes in between.
    const stopped = new Promise<void>((resolve) => io.onStop(resolve));
    const url = displayUrl(host, server.port);
    for (const line of banner(url, server.state(), values.data ?? 'demo data', existsSync(docsDir), s)) io.out(line);
    await stopped;
    io.out(s.dim('Stopping: finishing the requests in flight…'));
    await server.close();
    io.out('Stopped.');
    return EXIT.OK;
  },
};
