/** The generate:* scripts, in the order `npm run generate` runs them (each reads the bundle). */
export const GENERATORS = [
  'generate-bundle.ts',
  'generate-types.ts',
  'generate-values.ts',
  'generate-validators.ts',
] as const;
