import { randomBytes } from 'node:crypto';

/** One entry of Clerk's error envelope, in wire form. */
export interface EmulatorErrorEntry {
  code: string;
  message: string;
  long_message: string;
  meta?: Record<string, unknown>;
}

/**
 * A failure a handler raises; the server turns it into Clerk's error body
 * `{ errors: [{ code, message, long_message, meta }], clerk_trace_id }` with the given status.
 */
export class EmulatorError extends Error {
  readonly status: number;
  readonly entries: EmulatorErrorEntry[];

  constructor(status: number, code: string, message: string, longMessage: string, meta?: Record<string, unknown>) {
    super(longMessage);
    this.name = 'EmulatorError';
    this.status = status;
    this.entries = [{ code, message, long_message: longMessage, ...(meta ? { meta } : {}) }];
  }
}

/** Wire body of an error, with a fresh trace id. */
export function errorBody(entries: EmulatorErrorEntry[]): { errors: EmulatorErrorEntry[]; clerk_trace_id: string } {
  return { errors: entries, clerk_trace_id: randomBytes(16).toString('hex') };
}

export function notFound(what: string): EmulatorError {
  return new EmulatorError(404, 'resource_not_found', 'not found', `No ${what} was found with the given identifier.`);
}

export function paramMissing(param: string): EmulatorError {
  return new EmulatorError(422, 'form_param_missing', 'missing data', `${param} must be included.`, { param_name: param });
}

export function formatInvalid(param: string, detail: string): EmulatorError {
  return new EmulatorError(422, 'form_param_format_invalid', 'is invalid', `${param} ${detail}`, { param_name: param });
}

export function valueInvalid(param: string, detail: string): EmulatorError {
  return new EmulatorError(422, 'form_param_value_invalid', 'is invalid', `${param} ${detail}`, { param_name: param });
}

export function paramUnknown(param: string): EmulatorError {
  return new EmulatorError(422, 'form_param_unknown', 'is unknown', `${param} is not a valid parameter for this request.`, {
    param_name: param,
  });
}

export function identifierExists(param: string, what: string): EmulatorError {
  return new EmulatorError(422, 'form_identifier_exists', 'is taken', `That ${what} is taken. Please try another.`, { param_name: param });
}

/** A rule of the API that the request breaks, other than a malformed parameter. */
export function unprocessable(code: string, message: string, longMessage: string, meta?: Record<string, unknown>): EmulatorError {
  return new EmulatorError(422, code, message, longMessage, meta);
}

export function badRequest(code: string, message: string, longMessage: string): EmulatorError {
  return new EmulatorError(400, code, message, longMessage);
}

export function malformedJson(): EmulatorError {
  return new EmulatorError(400, 'malformed_request', 'malformed request', 'The request body is not valid JSON.');
}

export function missingAuthorization(): EmulatorError {
  return new EmulatorError(401, 'authorization_header_missing', 'Authorization header missing', 'Send the secret key as `Authorization: Bearer <secret key>`.');
}

export function invalidSecretKey(): EmulatorError {
  return new EmulatorError(
    401,
    'clerk_key_invalid',
    'The provided Clerk Secret Key is invalid.',
    'The secret key in the Authorization header does not match this emulator; use the key it printed at start.',
  );
}

export function notImplemented(operationId: string, method: string, path: string): EmulatorError {
  return new EmulatorError(
    501,
    'operation_not_implemented',
    `${operationId} is not implemented by the emulator`,
    `The Clerk emulator does not model ${operationId} (${method} ${path}); use a real Clerk instance for it.`,
    { operation_id: operationId },
  );
}

export function routeNotFound(method: string, path: string): EmulatorError {
  return new EmulatorError(404, 'resource_not_found', 'not found', `${method} ${path} is not an operation of the Backend API.`);
}
