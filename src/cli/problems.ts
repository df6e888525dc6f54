/** How a rejected request is shown to a person: one line per problem, with its path and suggestions. */
import type { ErrorDetail } from '../types.js';
import type { Style } from './style.js';

export interface Rejection {
  readonly error: string;
  readonly message: string;
  readonly details: readonly ErrorDetail[];
  readonly omittedDetails?: number;
}

export function formatProblems(r: Rejection, s: Style): string[] {
  const lines = [`${s.red('✗')} ${s.bold(r.message)} ${s.dim(`(${r.error})`)}`];
  for (const d of r.details) {
    const value = d.value === undefined ? '' : ` ${s.dim(`(got ${JSON.stringify(d.value)})`)}`;
    lines.push(`  ${s.cyan(d.path === '' ? '(body)' : d.path)}  ${d.message}${value}`);
    if (d.suggestions && d.suggestions.length > 0) {
      lines.push(`    ${s.dim('did you mean')} ${d.suggestions.map((x) => s.green(JSON.stringify(x))).join(', ')}?`);
    }
  }
  if (r.omittedDetails) lines.push(s.dim(`  … and ${r.omittedDetails} more`));
  return lines;
}
