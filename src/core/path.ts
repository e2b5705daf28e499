import { ClerkSDKError } from './errors';

/**
 * A path that could not be built; the request layer rejects with its error and sends nothing.
 * @internal
 */
export class InvalidPath {
  /** Why the path could not be built (an `invalid_argument` error). */
  readonly error: ClerkSDKError;

  /** Wraps the error that the request will reject with. */
  constructor(error: ClerkSDKError) {
    this.error = error;
  }
}

/**
 * What the `path` tag yields: an encoded path, or the reason it could not be built.
 * @internal
 */
export type ApiPath = string | InvalidPath;

/**
 * Tagged template that percent-encodes every interpolated id, so `users.getUser('a/../b')` stays one path
 * segment. Empty ids, the dot segments `.`/`..` (which URL parsing would resolve even when encoded) and numbers
 * that are not non-negative whole numbers are refused.
 */
export function path(strings: TemplateStringsArray, ...ids: unknown[]): ApiPath {
  let out = strings[0] as string;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'string' && typeof id !== 'number') {
      return invalid(`expected an id string in ${describe(strings)}, got ${id === null ? 'null' : typeof id}`);
    }
    // Numeric ids are integer positions or versions: NaN, Infinity, -1 or 1.5 would make a path that names nothing.
    if (typeof id === 'number' && !(Number.isSafeInteger(id) && id >= 0)) {
      return invalid(`expected a non-negative whole number in ${describe(strings)}, got ${id}`);
    }
    const text = String(id);
    if (text === '' || text.trim() === '') return invalid(`an empty id was given for ${describe(strings)}`);
    if (text === '.' || text === '..') return invalid(`"${text}" is not a valid id for ${describe(strings)}`);
    let encoded: string;
    try {
      encoded = encodeURIComponent(text);
    } catch {
      // A lone UTF-16 surrogate has no UTF-8 form, so no URL can carry it.
      return invalid(`the id for ${describe(strings)} is not well-formed Unicode`);
    }
    out += encoded + (strings[i + 1] as string);
  }
  return out;
}

function describe(strings: TemplateStringsArray): string {
  return strings.join('{id}');
}

function invalid(message: string): InvalidPath {
  return new InvalidPath(new ClerkSDKError('invalid_argument', `A valid resource id is required: ${message}.`));
}
