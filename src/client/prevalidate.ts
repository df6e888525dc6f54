/**
 * Before anything is sent: the ids and the body are checked with the package's validator, so an
 * invalid request gets the very 400 the server would give, with suggestions, and never leaves
 * the machine. The validator carries the large value lists (city, dma, state), so it is imported
 * on the first call, not with the client: bundlers put it in a chunk of its own.
 */
import type { UpdateSegmentTargetingParams } from './params.js';
import type { PreparedCall } from './attempt.js';
import { TargetingBadRequestError } from './errors/index.js';

type Validator = typeof import('../validator/index.js');
let loading: Promise<Validator> | undefined;

/** Loads the validator once; a failed load (say, a chunk that did not download) is tried again next time. */
export function loadValidator(): Promise<Validator> {
  loading ??= import('../validator/index.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

function serialise(targeting: unknown): string | TargetingBadRequestError {
  try {
    return JSON.stringify({ targeting });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return new TargetingBadRequestError(
      { error: 'invalid request', message: `The body cannot be written as JSON: ${why}`, details: [{ error: 'invalid request', message: why, path: '' }] },
      'client',
      { attempts: 0 },
    );
  }
}

/** The call as it will be sent, without checking it (`validate: false`). */
export function prepareUnchecked(params: UpdateSegmentTargetingParams): PreparedCall | TargetingBadRequestError {
  const bodyText = serialise(params.targeting);
  if (typeof bodyText !== 'string') return bodyText;
  return { campaignId: params.campaignId, segmentId: params.segmentId, bodyText };
}

/** The call as it will be sent, or the 400 it would get; in the server's order: ids first, then the body. */
export async function prepareChecked(params: UpdateSegmentTargetingParams): Promise<PreparedCall | TargetingBadRequestError> {
  const { validateIds, validateTargetingJson, validateTargetingRequest } = await loadValidator();
  // As the server sees them: the text of the URL's path segments.
  const ids = validateIds(String(params.campaignId), String(params.segmentId));
  if (!ids.valid) return new TargetingBadRequestError(ids, 'client', { attempts: 0 });
  const bodyText = serialise(params.targeting);
  // What JSON.stringify cannot write, the object validator can still describe, path by path.
  const body = typeof bodyText === 'string' ? validateTargetingJson(bodyText) : validateTargetingRequest({ targeting: params.targeting });
  if (!body.valid) return new TargetingBadRequestError(body, 'client', { attempts: 0 });
  if (typeof bodyText !== 'string') return bodyText;
  return { campaignId: ids.value.campaignId, segmentId: ids.value.segmentId, bodyText };
}
