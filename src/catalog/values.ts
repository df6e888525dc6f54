/**
 * Every value of every targeting code, with its metadata, as generated from the spec's enums
 * (`#/components/schemas/{AgeGroup,Gender,Os,DeviceType,City,Dma,State}` and their
 * `x-enum-metadata`).
 */
import { TARGETING_CODES } from '../generated/codes.js';
import { AGE_VALUES } from '../generated/values/age.js';
import { CITY_METADATA_JSON, CITY_VALUES, type CityMetadata } from '../generated/values/city.js';
import { DEVICE_TYPE_VALUES } from '../generated/values/device_type.js';
import { DMA_METADATA_JSON, DMA_VALUES, type DmaMetadata } from '../generated/values/dma.js';
import { GENDER_VALUES } from '../generated/values/gender.js';
import { OS_VALUES } from '../generated/values/os.js';
import { STATE_METADATA_JSON, STATE_VALUES, type StateMetadata } from '../generated/values/state.js';
import type { TargetingCode, TargetingValue } from '../types.js';

export { TARGETING_CODES };

/** What the catalog knows of each code's values, beyond the value itself. */
export interface TargetingMetadata {
  age: object;
  gender: object;
  os: object;
  device_type: object;
  city: CityMetadata;
  dma: DmaMetadata;
  state: StateMetadata;
}

/** One value of a code and its metadata, e.g. `{ value: 'New York', dmaCode: 501, country: 'US' }`. */
export type TargetingValueInfo<C extends TargetingCode = TargetingCode> = C extends TargetingCode
  ? Readonly<{ value: TargetingValue<C> } & TargetingMetadata[C]>
  : never;

/** Each code's values and its metadata as JSON text, parsed on first use (see generate-values). */
const SOURCES: { [C in TargetingCode]: [readonly TargetingValue<C>[], string | null] } = {
  age: [AGE_VALUES, null],
  gender: [GENDER_VALUES, null],
  os: [OS_VALUES, null],
  device_type: [DEVICE_TYPE_VALUES, null],
  city: [CITY_VALUES, CITY_METADATA_JSON],
  dma: [DMA_VALUES, DMA_METADATA_JSON],
  state: [STATE_VALUES, STATE_METADATA_JSON],
};

const cache = new Map<TargetingCode, readonly TargetingValueInfo[]>();

/** Whether `code` is one of the seven targeting codes. */
export function isTargetingCode(code: unknown): code is TargetingCode {
  return typeof code === 'string' && (TARGETING_CODES as readonly string[]).includes(code);
}

/**
 * The values of `code`, in the spec's order, each with its metadata (DMA number, ISO 3166-2 code,
 * country, continent...). Frozen and built once per code.
 * @throws {TypeError} when `code` is not a targeting code.
 */
export function targetingValues<C extends TargetingCode>(code: C): readonly TargetingValueInfo<C>[] {
  if (!isTargetingCode(code)) throw new TypeError(`Unknown targeting code: ${JSON.stringify(code)}`);
  let infos = cache.get(code);
  if (!infos) {
    const [values, json] = SOURCES[code] as [readonly string[], string | null];
    const metadata = json === null ? null : (JSON.parse(json) as readonly object[]);
    infos = Object.freeze(values.map((value, i) => Object.freeze({ value, ...metadata?.[i] }))) as readonly TargetingValueInfo[];
    cache.set(code, infos);
  }
  return infos as readonly TargetingValueInfo<C>[];
}
