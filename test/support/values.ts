/** Each code's values, straight from the generated arrays: for tests that check against them. */
import { AGE_VALUES } from '../../src/generated/values/age.ts';
import { CITY_VALUES } from '../../src/generated/values/city.ts';
import { DEVICE_TYPE_VALUES } from '../../src/generated/values/device_type.ts';
import { DMA_VALUES } from '../../src/generated/values/dma.ts';
import { GENDER_VALUES } from '../../src/generated/values/gender.ts';
import { OS_VALUES } from '../../src/generated/values/os.ts';
import { STATE_VALUES } from '../../src/generated/values/state.ts';

export const VALUES_BY_CODE: Record<string, readonly string[]> = {
  age: AGE_VALUES,
  gender: GENDER_VALUES,
  os: OS_VALUES,
  device_type: DEVICE_TYPE_VALUES,
  city: CITY_VALUES,
  dma: DMA_VALUES,
  state: STATE_VALUES,
};
