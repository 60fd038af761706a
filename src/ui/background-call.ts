/** Extension pages' requests to the background: the success payload, or a RequestError to show. */
import type { BackgroundRequest, Failure, Responses } from '../shared/messages';
import { RequestError } from '../shared/request-error';
import type { Send } from '../shared/send';

type Success<T extends BackgroundRequest> = Extract<Responses[T['type']], { ok: true }>;

/** Send and return the success payload, or throw RequestError with the background's message. */
export async function call<T extends BackgroundRequest>(send: Send, msg: T): Promise<Success<T>> {
  let res: { ok: true } | Failure | undefined;
  try {
    // Typed through Success<T> below; widened here because TypeScript cannot expand the generic union.
    const untyped = send as (m: BackgroundRequest) => Promise<unknown>;
    res = (await untyped(msg)) as { ok: true } | Failure | undefined;
  } catch (error) {
    throw new RequestError('internal', `Yomitoki's background did not answer (${String(error)}).`);
  }
  if (!res) throw new RequestError('internal', "Yomitoki's background did not answer.");
  if (!res.ok) throw new RequestError(res.code, res.message);
  return res as unknown as Success<T>;
}
