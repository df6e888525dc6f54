/** The spec's servers (`#/servers`), as generated into `src/generated/servers.ts`. */
import { SERVERS } from '../generated/servers.js';

/** `#/servers/0`: the production platform, the client's default `baseUrl`. */
export const DEFAULT_BASE_URL = SERVERS[0].url;

/** `#/servers/1`: the local reference server (`npm start`, `segment-targeting serve`). */
export const REFERENCE_SERVER_URL = SERVERS[1].url;
