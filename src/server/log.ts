/**
 * The one log line of a request: method, path (never the query), status, duration. Headers are
 * never logged, so a token cannot appear, and the path is cut short and stripped of control
 * characters so that a hostile URL cannot forge lines.
 */
import type { ServerResponse } from 'node:http';

export function logLine(method: string, pathname: string, res: ServerResponse, ms: number): string {
  const path = pathname.replace(/[^\x21-\x7e]/g, '?');
  const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
  const status = res.headersSent ? String(res.statusCode) : 'aborted';
  return `${method} ${shown} ${status} ${ms.toFixed(1)}ms`;
}
