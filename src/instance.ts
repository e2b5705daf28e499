// The v4 `instance` entry (`@clerk/clerk-sdk-node/cjs/instance`, `/esm/instance`): the Clerk factory and the models,
// plus the types a client exposes, so code that only imports this entry can still name them.
import { Clerk } from './client';

export default Clerk;
export { Clerk, createClerkClient } from './client';
export type { ClerkClient, ClerkFactory } from './client';
export type { ClerkOptions, HttpHooks, HttpOptions, RetryOptions } from './core/types';
export {
  ClerkAPIResponseError,
  ClerkSDKError,
  isClerkAPIResponseError,
  isClerkSDKError,
} from './core/errors';
export type { ClerkAPIError, ClerkAPIResponseErrorInit, ClerkSDKErrorCode } from './core/errors';
export type { ListPromise, PaginatedList, PaginationParams, PageFetcher } from './core/pagination';
export type { HttpMethod, Requester, RequestSpec } from './core/http';
export type { ApiPath, InvalidPath } from './core/path';
export type { ListSpec } from './api/AbstractAPI';
export * from './api';
export * from './models';
