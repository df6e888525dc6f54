/** The request bodies the benchmarks send, valid and invalid, as JSON text. */
import { STATE_VALUES } from '../src/generated/values/state.ts';

const body = (targeting: { code: string; values: string[] }[]) => JSON.stringify({ targeting });
const states = (n: number) => STATE_VALUES.slice(0, n) as string[];
/** One typo, in the last value: every value before it is checked, and it needs a suggestion. */
const typo = (values: string[]) => [...values.slice(0, -1), 'Ontaro (CA)'];

/** One entry per code; `age` takes `oldest`, so that one body is valid and one is not. */
const everyCode = (oldest: string) => [
  { code: 'age', values: ['18-24', oldest] },
  { code: 'gender', values: ['Female'] },
  { code: 'os', values: ['ios'] },
  { code: 'device_type', values: ['phone', 'tablet'] },
  { code: 'city', values: ['Tokyo (JP)', 'São Paulo (BR)'] },
  { code: 'dma', values: ['New York', 'Dallas-Ft. Worth'] },
  { code: 'state', values: ['California (US)', 'Ontario (CA)'] },
];

export const BODIES: { name: string; valid: boolean; text: string }[] = [
  { name: '1 value', valid: true, text: body([{ code: 'gender', values: ['Female'] }]) },
  { name: '1 value', valid: false, text: body([{ code: 'gender', values: ['female'] }]) },
  { name: 'all 7 codes', valid: true, text: body(everyCode('55 +')) },
  { name: 'all 7 codes', valid: false, text: body(everyCode('55+')) },
  { name: '50 states', valid: true, text: body([{ code: 'state', values: states(50) }]) },
  { name: '50 states', valid: false, text: body([{ code: 'state', values: typo(states(50)) }]) },
  { name: '500 states', valid: true, text: body([{ code: 'state', values: states(500) }]) },
  { name: '500 states', valid: false, text: body([{ code: 'state', values: typo(states(500)) }]) },
];
