/** Prints a summary of the bundled spec: its operation, servers, codes and value counts. */
import { TARGETING_CODES, TARGETING_CODE_RULES } from '../src/generated/codes.ts';
import { readBundledSpec } from './lib/generated.ts';

const spec = readBundledSpec() as unknown as {
  info: { title: string; version: string };
  servers: { url: string; description: string }[];
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
};
console.log(`${spec.info.title} ${spec.info.version}`);
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (typeof op !== 'object' || !('operationId' in op)) continue;
    console.log(`  ${method.toUpperCase()} ${path}  (${op.operationId}; responses ${Object.keys(op.responses).join(', ')})`);
  }
}
for (const server of spec.servers) console.log(`  server ${server.url}`);
for (const code of TARGETING_CODES) console.log(`  ${code.padEnd(12)} ${TARGETING_CODE_RULES[code].maxValues} values`);
