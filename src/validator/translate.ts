/**
 * The one place ajv's errors become the contract's: each raw error of the generated validator
 * (`src/generated/validators.ts`) turns into a detail with its `error`, `message`, `path` and
 * `value`, in the words of CONTRACT.md. Nothing of ajv's reaches a user.
 */
import { ERROR_MESSAGES, TARGETING_CODE_RULES } from '../generated/codes.js';
import type { RawValidationError } from '../generated/validators.js';
import { isTargetingCode } from '../catalog/index.js';
import type { TargetingCode, ValidationErrorCode } from '../types.js';
import { clipString, MAX_SHOWN } from './clip.js';
import { fromPointer } from './pointer.js';

/** A problem before it is shown: suggestions are worked out only for the problems listed. */
export interface Problem {
  readonly error: ValidationErrorCode;
  readonly message: string;
  readonly path: readonly string[];
  /** Whether the body has a value at `path` to show. */
  readonly hasValue: boolean;
  /** For a value outside its list: its code; for an unknown code: null. Absent: no suggestions. */
  readonly suggestFrom?: TargetingCode | null;
}

/** When several errors name one place, the one a person should fix first. */
export const PRIORITY = ['type', 'required', 'additionalProperties', 'discriminator', 'enumItems', 'enumSet', 'distinct'];

const quote = (text: string) => JSON.stringify(clipString(text));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How a message names the place at `path`: `"targeting"`, `Each value`, `The request body`. */
function subject(path: readonly string[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'The request body';
  if (/^\d+$/.test(last)) return path.at(-2) === 'values' ? 'Each value' : 'Each targeting entry';
  return `"${clipString(last)}"`;
}

function codeAt(body: unknown, path: readonly string[]): TargetingCode | null {
  const targeting = (body as { targeting?: unknown[] }).targeting;
  const entry = path[0] === 'targeting' && Array.isArray(targeting) ? targeting[Number(path[1])] : undefined;
  const code = entry !== null && typeof entry === 'object' ? (entry as { code?: unknown }).code : undefined;
  return isTargetingCode(code) ? code : null;
}

const request = (message: string, path: readonly string[], hasValue = true): Problem => ({
  error: 'invalid request',
  message,
  path,
  hasValue,
});

/** A value of the wrong JSON type. */
function wrongType(path: readonly string[], type: string): Problem {
  const noun = type === 'object' ? 'a JSON object' : type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`;
  return request(`${subject(path)} must be ${noun}`, path);
}

/** A value outside its code's list: the code's own error and message (`invalid age group`). */
function outsideList(path: readonly string[], body: unknown): Problem {
  const code = codeAt(body, path);
  if (!code) return request(`${subject(path)} is not an allowed value`, path);
  const rule = TARGETING_CODE_RULES[code];
  return { error: rule.error, message: rule.message, path, hasValue: true, suggestFrom: code };
}

/** A value given twice in one entry. */
function repeatedValue(path: readonly string[], body: unknown, value: unknown): Problem {
  const code = codeAt(body, path);
  return { error: 'invalid combination', message: `Value ${quote(String(value))} appears more than once in ${code ?? 'values'}`, path, hasValue: true };
}

/** One raw error as a problem of the contract's vocabulary. */
export function translate(raw: RawValidationError, body: unknown): Problem {
  const path = fromPointer(raw.instancePath);
  const params = raw.params;
  switch (raw.keyword) {
    case 'type':
      return wrongType(path, String(params['type']));
    case 'enumItems':
      return params['reason'] === 'type'
        ? wrongType(path, 'string')
        : params['reason'] === 'enum'
          ? outsideList(path, body)
          : repeatedValue(path, body, params['value']);
    case 'required': {
      const name = String(params['missingProperty']);
      return request(`Property "${name}" is required`, [...path, name], false);
    }
    case 'additionalProperties': {
      const name = String(params['additionalProperty']);
      // A name too long to show in full is named by its object, so the 400 stays small.
      return name.length > MAX_SHOWN
        ? request(`Unknown property ${quote(name)}`, path, false)
        : request(`Unknown property ${quote(name)}`, [...path, name]);
    }
    case 'minItems':
    case 'maxItems': {
      const limit = Number(params['limit']);
      const code = codeAt(body, path);
      const what = path.at(-1) === 'values' ? plural(limit, 'value', 'values') : plural(limit, 'entry', 'entries');
      const where = path.at(-1) === 'values' && code ? `"values" of ${code}` : subject(path);
      return request(`${where} must have ${raw.keyword === 'minItems' ? 'at least' : 'at most'} ${what}`, path);
    }
    case 'discriminator': {
      const tag = params['tagValue'];
      if (params['error'] === 'mapping' && typeof tag === 'string') {
        const at = [...path, 'code'];
        return { error: 'invalid code', message: ERROR_MESSAGES['invalid code'], path: at, hasValue: true, suggestFrom: null };
      }
      return tag === undefined
        ? request('Property "code" is required', [...path, 'code'], false)
        : request('"code" must be a string', [...path, 'code']);
    }
    case 'enumSet':
      return outsideList(path, body);
    case 'distinct': {
      const value = String(params['value']);
      if (params['property'] === 'code') {
        return { error: 'invalid combination', message: `Code ${quote(value)} appears more than once`, path: [...path, 'code'], hasValue: true };
      }
      return repeatedValue(path, body, value);
    }
    default:
      return request(`${subject(path)} is not valid`, path);
  }
}
