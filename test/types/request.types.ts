/**
 * Type tests: checked by `npm run lint:types` (tsc over test/). Each `@ts-expect-error` must
 * fail to compile without it, so a type that stops narrowing breaks the lint.
 */
import type { AgeGroup, TargetingCode, TargetingValue, UpdateSegmentTargetingRequest } from '../../src/types.ts';

export const ok: UpdateSegmentTargetingRequest = { targeting: [{ code: 'age', values: ['18-24'] }] };
export const every: UpdateSegmentTargetingRequest = {
  targeting: [
    { code: 'age', values: ['55 +', 'Not Defined'] },
    { code: 'gender', values: ['Female'] },
    { code: 'os', values: ['ios'] },
    { code: 'device_type', values: ['phone'] },
    { code: 'city', values: ['Tokyo (JP)', 'São Paulo (BR)'] },
    { code: 'dma', values: ['Dallas-Ft. Worth'] },
    { code: 'state', values: ['California (US)', 'Tokyo (JP)'] },
  ],
};
export const cleared: UpdateSegmentTargetingRequest = { targeting: [{ code: 'city', values: [] }] };

// @ts-expect-error: '99' is not an age group
export const badAge: UpdateSegmentTargetingRequest = { targeting: [{ code: 'age', values: ['99'] }] };
// @ts-expect-error: 'country' is not a targeting code
export const badCode: UpdateSegmentTargetingRequest = { targeting: [{ code: 'country', values: ['US'] }] };
// @ts-expect-error: values are case-sensitive
export const badCase: UpdateSegmentTargetingRequest = { targeting: [{ code: 'gender', values: ['female'] }] };
// @ts-expect-error: a city value is not a DMA value
export const crossed: UpdateSegmentTargetingRequest = { targeting: [{ code: 'dma', values: ['Tokyo (JP)'] }] };
// @ts-expect-error: '55+' lacks its space
export const noSpace: AgeGroup = '55+';
// @ts-expect-error: no property other than targeting
export const extra: UpdateSegmentTargetingRequest = { targeting: [], mode: 'replace' };
// @ts-expect-error: no property other than code and values in an entry
export const extraInEntry: UpdateSegmentTargetingRequest = { targeting: [{ code: 'os', values: [], x: 1 }] };

export const code: TargetingCode = 'device_type';
// @ts-expect-error: not a code
export const notCode: TargetingCode = 'device';
export const osValue: TargetingValue<'os'> = 'android';
// @ts-expect-error: an age value is not an OS value
export const notOs: TargetingValue<'os'> = '18-24';
