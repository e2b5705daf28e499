import { ActorToken } from '../models/ActorToken';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Who acts when an actor token is used: `sub` names the acting user, and any other claims ride along. The whole
 * object is copied into the impersonated session's token, so it is sent exactly as given (keys untouched).
 * @public
 */
export type ActorTokenActor = { sub: string } & Record<string, unknown>;

/**
 * Parameters of {@link ActorTokenAPI.create}.
 * @public
 */
export interface CreateActorTokenParams {
  // @params type actor: ActorTokenActor
  // <generated:CreateActorTokenParams> from CreateActorToken
  /** The user to impersonate. */
  userId: string;
  /** The actor: at least `sub`, the id of the user doing the impersonating. */
  actor: ActorTokenActor;
  /** How long the token stays usable, in seconds (the API's default is one hour). */
  expiresInSeconds?: number;
  /** Longest the impersonated session may last, in seconds (the API's default is 30 minutes). */
  sessionMaxDurationInSeconds?: number;
  // </generated:CreateActorTokenParams>
}

/**
 * Creates and revokes actor tokens, which let one user (say, a support agent) sign in as another.
 * @public
 */
export class ActorTokenAPI extends AbstractAPI {
  /**
   * Creates an actor token for impersonating a user.
   * @param params - The user, the actor and the lifetimes.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link ActorToken}, with its `token` and `url`.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when a field is rejected (such as an actor without `sub`),
   * 402 when the plan does not include impersonation.
   */
  create(params: CreateActorTokenParams, options?: RequestOptions): Promise<ActorToken> {
    return this.send('actorTokens.create POST /actor_tokens j actor', [], params, ActorToken.fromJSON, options, 'required');
  }

  /**
   * Revokes an actor token that has not been used yet.
   * @param actorTokenId - Id of the actor token.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link ActorToken}, now with status `revoked`.
   * @throws {@link ClerkAPIResponseError} 400 when the token is no longer pending, 404 when it does not exist.
   */
  revoke(actorTokenId: string, options?: RequestOptions): Promise<ActorToken> {
    return this.send('actorTokens.revoke POST /actor_tokens/{}/revoke', [actorTokenId], undefined, ActorToken.fromJSON, options);
  }
}
