import type { ListPromise, PaginationParams } from '../core/pagination';
import { DeletedObject } from '../models/DeletedObject';
import { JwtTemplate } from '../models/JwtTemplate';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link JwtTemplateAPI.list}.
 * @public
 */
export interface GetJwtTemplateListParams extends PaginationParams {
  // <generated:GetJwtTemplateListParams> from ListJWTTemplates
  // </generated:GetJwtTemplateListParams>
}

/**
 * Parameters of {@link JwtTemplateAPI.create}.
 * @public
 */
export interface CreateJwtTemplateParams {
  // <generated:CreateJwtTemplateParams> from CreateJWTTemplate
  /** Name of the template; sessions mint tokens from it by this name. */
  name: string;
  /** The claims to add, with their shortcodes; sent exactly as given (keys untouched). */
  claims: Record<string, unknown>;
  /** How long minted tokens are valid, in seconds (30 to 315360000). */
  lifetime?: number | null;
  /** Leeway for clock differences when the tokens are checked, in seconds (0 to 300). */
  allowedClockSkew?: number | null;
  /** Sign tokens with your own key; then `signingAlgorithm` and `signingKey` are required. */
  customSigningKey?: boolean;
  /** Algorithm of the custom signing key, such as `RS256`. */
  signingAlgorithm?: string | null;
  /** The custom private signing key. */
  signingKey?: string | null;
  // </generated:CreateJwtTemplateParams>
}

/**
 * Parameters of {@link JwtTemplateAPI.update}: the template's id plus its full new definition.
 * @public
 */
export interface UpdateJwtTemplateParams extends CreateJwtTemplateParams {
  // @params path template_id
  // <generated:UpdateJwtTemplateParams> from UpdateJWTTemplate
  /** Id of the template to update (part of the path, not sent in the body). */
  templateId: string;
  // </generated:UpdateJwtTemplateParams>
}

/**
 * Manages JWT templates, from which sessions mint custom tokens for other services.
 * @public
 */
export class JwtTemplateAPI extends AbstractAPI {
  /**
   * Lists the JWT templates. Await it for one page, or iterate it with `for await` for all.
   * @param params - Page parameters.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link JwtTemplate}; the awaited array also has `totalCount`.
   */
  list(params: GetJwtTemplateListParams = {}, options?: RequestOptions): ListPromise<JwtTemplate> {
    const rejected = this.checkParams('jwtTemplates.list', params, 'optional');
    if (rejected) return this.failedList(rejected);
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.sendList('jwtTemplates.list GET /jwt_templates', [], { ...params, paginated: true }, JwtTemplate.fromJSON, options);
  }

  /**
   * Fetches one JWT template.
   * @param templateId - Id of the template.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link JwtTemplate}.
   * @throws {@link ClerkAPIResponseError} 404 when no such template exists.
   */
  get(templateId: string, options?: RequestOptions): Promise<JwtTemplate> {
    return this.send('jwtTemplates.get GET /jwt_templates/{}', [templateId], undefined, JwtTemplate.fromJSON, options);
  }

  /**
   * Creates a JWT template.
   * @param params - Name, claims and token options.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The new {@link JwtTemplate}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when a field is rejected (such as a name already in use),
   * 402 when the plan does not include JWT templates.
   */
  create(params: CreateJwtTemplateParams, options?: RequestOptions): Promise<JwtTemplate> {
    return this.send('jwtTemplates.create POST /jwt_templates j claims', [], params, JwtTemplate.fromJSON, options, 'required');
  }

  /**
   * Replaces a JWT template's definition; `name` and `claims` are required again.
   * @param params - The template's id and its new definition.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link JwtTemplate}.
   * @throws {@link ClerkAPIResponseError} 400 or 422 when a field is rejected, 402 when the plan does not include
   * JWT templates.
   */
  update(params: UpdateJwtTemplateParams, options?: RequestOptions): Promise<JwtTemplate> {
    return this.sendFrom('jwtTemplates.update PATCH /jwt_templates/{} j claims', ['templateId'], params, JwtTemplate.fromJSON, options);
  }

  /**
   * Deletes a JWT template.
   * @param templateId - Id of the template.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns A {@link DeletedObject}.
   * @throws {@link ClerkAPIResponseError} 404 when no such template exists, 403 when it may not be deleted.
   */
  delete(templateId: string, options?: RequestOptions): Promise<DeletedObject> {
    return this.send('jwtTemplates.delete DELETE /jwt_templates/{}', [templateId], undefined, DeletedObject.fromJSON, options);
  }
}
