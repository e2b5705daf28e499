// What both the main entry and the legacy instance entry export: the factories, the errors, the request and list
// types, every sub-API class and every model.
export { Clerk, createClerkClient } from './client';
export type { ClerkClient, ClerkFactory } from './client';
export type { ClerkOptions, HttpOptions, HttpHooks, OrderBy, RequestEvent, RequestOptions, ResponseEvent, RetryEvent, RetryOptions } from './core/types';
export {
  ClerkAPIResponseError,
  ClerkSDKError,
  ClerkBadRequestError,
  ClerkAuthenticationError,
  ClerkPermissionDeniedError,
  ClerkNotFoundError,
  ClerkConflictError,
  ClerkUnprocessableEntityError,
  ClerkRateLimitError,
  ClerkServerError,
  ClerkConnectionError,
  ClerkTimeoutError,
  ClerkAbortedError,
  ClerkInvalidResponseError,
  isClerkAPIResponseError,
  isClerkSDKError,
} from './core/errors';
export type { ClerkAPIError, ClerkAPIResponseErrorInit, ClerkSDKErrorCode, ClerkSDKErrorOptions } from './core/errors';
export { paginate, toPaginatedList } from './core/pagination';
// Thrown by `sessions.verifySession` as well, so the legacy instance entry has the class and guard too.
export { isTokenVerificationError, TokenVerificationError } from './tokens/errors';
export type {
  IssuerResolver,
  Jwt,
  JwtHeader,
  JwtPayload,
  PublicJwk,
  TokenCarrier,
  TokenVerificationErrorInit,
  TokenVerificationErrorReason,
  TokenVerifier,
  VerifyClaimsOptions,
  VerifyJwtOptions,
  VerifyTokenOptions,
} from './tokens';
export type { ListPromise, PaginatedList, PaginationParams } from './core/pagination';
export type { HttpMethod } from './core/http';
export * from './api';
export * from './models';
export * from './webhooks';
export type {
  AcceptsToken,
  ActClaim,
  AuthenticateRequestInput,
  AuthenticateRequestOptions,
  AuthObject,
  AuthReason,
  CheckAuthorizationParams,
  FetchRequestLike,
  GetTokenOptions,
  MachineAuthObject,
  MachineSignedInState,
  MachineTokenType,
  NodeRequestLike,
  OrganizationClaimV2,
  RequestState,
  RequestStateBase,
  SessionClaims,
  SessionSignedInState,
  SignedInAuthObject,
  SignedOutAuthObject,
  SignedOutState,
  TokenType,
} from './auth/types';
export type { RequestAuthMethods } from './auth/client';
export type {
  ClerkMiddleware,
  ClerkMiddlewareOptions,
  LooseAuthObject,
  LooseAuthProp,
  NextFunctionLike,
  OnErrorHandler,
  OnErrorResult,
  RequireAuthProp,
  ResponseLike,
  StrictAuthObject,
  StrictAuthProp,
  UnauthenticatedErrorLike,
  WithAuthProp,
} from './express/types';
