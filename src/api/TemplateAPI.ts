import type { ListPromise, PaginationParams } from '../core/pagination';
import { Template, type TemplateType } from '../models/Template';
import { AbstractAPI } from './AbstractAPI';
import type { RequestOptions } from '../core/types';

/**
 * Parameters of {@link TemplateAPI.getTemplateList}.
 * @public
 */
export interface GetTemplateListParams extends PaginationParams {
  // <generated:GetTemplateListParams> from GetTemplateList
  // </generated:GetTemplateListParams>
}

/**
 * Parameters of {@link TemplateAPI.upsertTemplate}.
 * @public
 */
export interface UpsertTemplateParams {
  // <generated:UpsertTemplateParams> from UpsertTemplate
  /** Human-readable name of the template. */
  name?: string;
  /** Email subject line (email templates only). */
  subject?: string | null;
  /** Editor markup the body is generated from. */
  markup?: string | null;
  /** Template body, before variables are filled in. */
  body?: string;
  /** Whether Clerk sends the messages itself; when false you deliver them from the `email.created`/`sms.created` webhooks. */
  deliveredByClerk?: boolean | null;
  /** Local part of the From address (the `hello` of `hello@example.com`; email templates only). */
  fromEmailName?: string;
  /** Local part of the Reply-To address (email templates only). */
  replyToEmailName?: string;
  // </generated:UpsertTemplateParams>
}

/**
 * Parameters of {@link TemplateAPI.previewTemplate}: the draft to render.
 * @public
 */
export interface PreviewTemplateParams {
  // <generated:PreviewTemplateParams> from PreviewTemplate
  /** Email subject line (email templates only). */
  subject?: string | null;
  /** Template body, before variables are filled in. */
  body?: string;
  /** Local part of the From address (email templates only). */
  fromEmailName?: string;
  /** Local part of the Reply-To address (email templates only). */
  replyToEmailName?: string;
  // </generated:PreviewTemplateParams>
}

/**
 * Parameters of {@link TemplateAPI.toggleTemplateDelivery}.
 * @public
 */
export interface ToggleTemplateDeliveryParams {
  // <generated:ToggleTemplateDeliveryParams> from ToggleTemplateDelivery
  /** Whether Clerk delivers the messages; when false you deliver them from the `email.created`/`sms.created` webhooks. */
  deliveredByClerk?: boolean;
  // </generated:ToggleTemplateDeliveryParams>
}

/**
 * Email and SMS templates. The API deprecates every template endpoint; they keep working for now.
 * @public
 */
export class TemplateAPI extends AbstractAPI {
  /**
   * Lists the templates of one kind, in display order. Await it for one page, or iterate it with `for await` for all.
   * @param templateType - `email` or `sms`.
   * @param params - Page parameters.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers), applied to every page fetched.
   * @returns A list promise of {@link Template}; the awaited array also has `totalCount`.
   * @deprecated The API deprecates the template endpoints and may remove them.
   */
  getTemplateList(templateType: TemplateType, params: GetTemplateListParams = {}, options?: RequestOptions): ListPromise<Template> {
    const rejected = this.checkParams('templates.getTemplateList', params, 'optional');
    if (rejected) return this.failedList(rejected);
    // Without `paginated` the endpoint answers a bare array and no total.
    return this.sendList('templates.getTemplateList GET /templates/{}', [templateType], { ...params, paginated: true }, Template.fromJSON, options);
  }

  /**
   * Fetches one template.
   * @param templateType - `email` or `sms`.
   * @param slug - Machine-friendly name of the template.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The {@link Template}.
   * @throws {@link ClerkAPIResponseError} 404 when no such template exists.
   * @deprecated The API deprecates the template endpoints and may remove them.
   */
  getTemplate(templateType: TemplateType, slug: string, options?: RequestOptions): Promise<Template> {
    return this.send('templates.getTemplate GET /templates/{}/{}', [templateType, slug], undefined, Template.fromJSON, options);
  }

  /**
   * Changes a template; the instance's version then replaces Clerk's default one.
   * @param templateType - `email` or `sms`.
   * @param slug - Machine-friendly name of the template.
   * @param params - The fields to set.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Template}.
   * @throws {@link ClerkAPIResponseError} 402 when the plan does not allow custom templates, 404 when no such
   * template exists, 422 when a field is rejected, 423 when the template is locked, 429 when rate-limited.
   * @deprecated The API deprecates the template endpoints and may remove them.
   */
  upsertTemplate(templateType: TemplateType, slug: string, params: UpsertTemplateParams = {}, options?: RequestOptions): Promise<Template> {
    return this.send('templates.upsertTemplate PUT /templates/{}/{} j', [templateType, slug], params, Template.fromJSON, options, 'optional');
  }

  /**
   * Reverts a changed template to Clerk's stock version.
   * @param templateType - `email` or `sms`.
   * @param slug - Machine-friendly name of the template.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The reverted {@link Template}.
   * @throws {@link ClerkAPIResponseError} 404 when no such template exists, 400 when it cannot be reverted.
   * @deprecated The API deprecates the template endpoints and may remove them.
   */
  revertTemplate(templateType: TemplateType, slug: string, options?: RequestOptions): Promise<Template> {
    return this.send('templates.revertTemplate POST /templates/{}/{}/revert', [templateType, slug], undefined, Template.fromJSON, options);
  }

  /**
   * Renders a draft of a template without saving it.
   * @param templateType - `email` or `sms`.
   * @param slug - Machine-friendly name of the template.
   * @param params - The draft subject, body and sender names.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The rendered preview, exactly as the API sent it (the spec does not describe its fields).
   * @throws {@link ClerkAPIResponseError} 404 when no such template exists, 422 when the draft is invalid.
   * @deprecated The API deprecates the template endpoints and may remove them.
   */
  previewTemplate(templateType: TemplateType, slug: string, params: PreviewTemplateParams = {}, options?: RequestOptions): Promise<Record<string, unknown>> {
    return this.send('templates.previewTemplate POST /templates/{}/{}/preview j', [templateType, slug], params, undefined, options, 'optional');
  }

  /**
   * Switches delivery by Clerk on or off for a template. When off, Clerk still creates the messages but you send
   * them yourself, from the `email.created` or `sms.created` webhooks.
   * @param templateType - `email` or `sms`.
   * @param slug - Machine-friendly name of the template.
   * @param params - Whether Clerk delivers.
   * @param options - Per-call request options (signal, timeout, maxRetries, headers).
   * @returns The updated {@link Template}.
   * @throws {@link ClerkAPIResponseError} 404 when no such template exists, 423 when it is locked, 429 when rate-limited.
   * @deprecated The API deprecates the template endpoints and may remove them.
   */
  toggleTemplateDelivery(templateType: TemplateType, slug: string, params: ToggleTemplateDeliveryParams = {}, options?: RequestOptions): Promise<Template> {
    return this.send(
      'templates.toggleTemplateDelivery POST /templates/{}/{}/toggle_delivery j',
      [templateType, slug],
      params,
      Template.fromJSON,
      options,
      'optional',
    );
  }
}
