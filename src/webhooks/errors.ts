// The one error verifyWebhook rejects with. Branded with a Symbol.for key like the core errors, so `instanceof` and
// isWebhookVerificationError agree when a process loads both our ESM and our CJS build.
const WEBHOOK_ERROR_BRAND = Symbol.for('@clerk/clerk-sdk-node:WebhookVerificationError');

/**
 * Why a webhook delivery was refused.
 * - `missing_secret`: no `signingSecret` option and no `CLERK_WEBHOOK_SIGNING_SECRET` in the environment.
 * - `invalid_secret`: the signing secret is not `whsec_` followed by base64 (check that it was copied whole).
 * - `invalid_options`: an option has an unusable value (for example a negative tolerance).
 * - `missing_headers`: the `svix-id`, `svix-timestamp` or `svix-signature` header (or its `webhook-*` twin) is absent.
 * - `invalid_headers`: a signature header is present but unusable (a timestamp that is not whole seconds, or two
 *   different values for the same header).
 * - `timestamp_too_old` / `timestamp_too_new`: the delivery's timestamp is further from the local clock than the
 *   tolerance allows (a replayed delivery, or a wrong clock).
 * - `invalid_signature`: no `v1` signature in the header matches the body (tampered body, or a different secret).
 * - `body_already_parsed`: the payload is an already-parsed object, so the exact bytes that were signed are gone.
 * - `invalid_payload`: the payload is missing, of an unsupported type, or a `Request` whose body was already read.
 * - `invalid_json`: the signature matched but the body is not JSON.
 * - `invalid_event`: the body is JSON but not an event object with a string `type`.
 * @public
 */
export type WebhookVerificationErrorReason =
  | 'missing_secret'
  | 'invalid_secret'
  | 'invalid_options'
  | 'missing_headers'
  | 'invalid_headers'
  | 'timestamp_too_old'
  | 'timestamp_too_new'
  | 'invalid_signature'
  | 'body_already_parsed'
  | 'invalid_payload'
  | 'invalid_json'
  | 'invalid_event';

/**
 * Thrown (as a rejection) by `verifyWebhook` when a delivery cannot be trusted or read. Its message never contains
 * the signing secret. Answer such a request with a 400 status.
 * @public
 */
export class WebhookVerificationError extends Error {
  /** Which check failed. */
  readonly reason: WebhookVerificationErrorReason;

  /** Recognises errors made by any copy of this package (ESM or CJS build) in the process. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isWebhookVerificationError(value);
  }

  /** Builds the error from the failed check and a message for developers. */
  constructor(reason: WebhookVerificationErrorReason, message: string) {
    super(message);
    this.name = 'WebhookVerificationError';
    this.reason = reason;
    Object.defineProperty(this, WEBHOOK_ERROR_BRAND, { value: true });
  }
}

/**
 * Tells whether `value` is a {@link WebhookVerificationError} from any copy of this package.
 * @public
 */
export function isWebhookVerificationError(value: unknown): value is WebhookVerificationError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[WEBHOOK_ERROR_BRAND] === true;
}
