/**
 * Writes src/generated/openapi.ts: the TypeScript types of the bundled spec, by openapi-typescript.
 * Friendly names for these types are given once, in src/types.ts.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { header, readBundledSpec, writeGenerated } from './lib/generated.ts';

const ast = await openapiTS(readBundledSpec() as unknown as Parameters<typeof openapiTS>[0], {
  alphabetize: false,
  exportType: true,
});
writeGenerated('openapi.ts', `${header('generate-types.ts')}${astToString(ast)}`);
