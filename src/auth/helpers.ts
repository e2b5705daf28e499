// Small v4 helpers (v4 re-exported them from @clerk/backend), kept so code that imports them still loads and works.
import { signedOutAuthObjectOf as buildSignedOut } from './authObjects';
import type { RequestState, SignedOutAuthObject } from './types';

/**
 * The auth object of a signed-out request: every field null, `has()` false, `getToken()` null (v4 export).
 * @returns A signed-out auth object.
 * @public
 */
export function signedOutAuthObject(): SignedOutAuthObject {
  return buildSignedOut(null);
}

/**
 * A copy of an auth object without its functions (`getToken`, `has`, `debug`), safe to serialize (v4 export).
 * @param authObject - Any auth object.
 * @returns The plain data fields.
 * @public
 */
export function makeAuthObjectSerializable<T extends object>(authObject: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(authObject)) if (typeof value !== 'function') copy[key] = value;
  return copy as T;
}

/**
 * A copy of a resource without its private metadata (`privateMetadata` or `private_metadata`) (v4 export).
 * @param resource - A user, organization or other resource, or nothing.
 * @returns The copy, or the input when it is null or undefined.
 * @public
 */
export function prunePrivateMetadata<T extends object>(resource?: T | null): T | null | undefined {
  if (!resource || typeof resource !== 'object') return resource;
  const copy: Record<string, unknown> = { ...(resource as Record<string, unknown>) };
  delete copy.privateMetadata;
  delete copy.private_metadata;
  return copy as T;
}

/**
 * A copy of an auth object without functions, and with the private metadata of any `user` or `organization` it
 * carries removed, for sending to a browser (v4 export).
 * @param authObject - Any auth object.
 * @returns The sanitized copy.
 * @public
 */
export function sanitizeAuthObject<T extends object>(authObject: T): T {
  const copy = makeAuthObjectSerializable(authObject) as Record<string, unknown>;
  if (copy.user && typeof copy.user === 'object') copy.user = prunePrivateMetadata(copy.user);
  if (copy.organization && typeof copy.organization === 'object') copy.organization = prunePrivateMetadata(copy.organization);
  return copy as T;
}

/**
 * The fields of a request state worth logging: status, reason, message, token kind (v4 export). Never the token.
 * @param state - A request state from `authenticateRequest`.
 * @returns A plain object.
 * @public
 */
export function debugRequestState(state: RequestState): {
  status: string;
  isSignedIn: boolean;
  reason: string | null;
  message: string | null;
  tokenType: string | null;
} {
  return { status: state.status, isSignedIn: state.isSignedIn, reason: state.reason, message: state.message, tokenType: state.tokenType };
}
