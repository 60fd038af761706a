import type { Failure } from './messages';

/**
 * A request the background answered with a failure (`{ ok: false, code, message }`); `message` is
 * meant for the reader. Every context that asks the background throws this one.
 */
export class RequestError extends Error {
  constructor(
    readonly code: Failure['code'],
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}
