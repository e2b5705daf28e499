import { ClerkModel } from './ClerkModel';
/**
 * Kinds of message template.
 * @public
 */
export type TemplateType = 'email' | 'sms';

/**
 * Wire shape of an email or SMS template. The spec marks every field optional.
 * @public
 */
export interface TemplateJSON {
  // <generated:TemplateJSON>
  id?: string;
  object?: 'template';
  instance_id?: string | null;
  resource_type?: string;
  template_type?: string;
  name?: string;
  slug?: string;
  position?: number;
  can_revert?: boolean;
  can_delete?: boolean;
  can_edit_body?: boolean;
  can_toggle?: boolean;
  subject?: string | null;
  markup?: string;
  body?: string;
  available_variables?: string[];
  required_variables?: string[];
  from_email_name?: string;
  reply_to_email_name?: string;
  delivered_by_clerk?: boolean;
  enabled?: boolean;
  flagged_as_suspicious?: boolean;
  updated_at?: number;
  created_at?: number;
  // </generated:TemplateJSON>
}

/**
 * An email or SMS template the instance sends messages from. The template endpoints are deprecated by the API.
 * @public
 */
export class Template extends ClerkModel<TemplateJSON> {
  // @model Template from Template
  // <generated:Template>
  /** Unique id of the template, when reported. */
  declare readonly id: string | null;
  /** Instance that owns a customised template; null for Clerk's stock templates. */
  declare readonly instanceId: string | null;
  /** Whether this is Clerk's default template or one the instance has overridden. */
  declare readonly resourceType: string | null;
  /** `email` or `sms`, when reported. */
  declare readonly templateType: string | null;
  /** Human-readable name. */
  declare readonly name: string | null;
  /** Machine-friendly name, used in the template's routes. */
  declare readonly slug: string | null;
  /** Sort position among the templates of its type. */
  declare readonly position: number | null;
  /** Whether the template has been edited and can be reverted to the stock version. */
  declare readonly canRevert: boolean | null;
  /** Whether the template may be deleted. */
  declare readonly canDelete: boolean | null;
  /** Whether the body may be edited. */
  declare readonly canEditBody: boolean | null;
  /** Whether the template can be switched on and off (only notification SMS templates can). */
  declare readonly canToggle: boolean | null;
  /** Email subject line; null for SMS templates. */
  declare readonly subject: string | null;
  /** Editor markup the body is generated from. */
  declare readonly markup: string | null;
  /** Template body before variables are filled in. */
  declare readonly body: string | null;
  /** Variables the body may use; empty when none are listed. */
  declare readonly availableVariables: string[];
  /** Variables the body must use; empty when none are listed. */
  declare readonly requiredVariables: string[];
  /** Local part of the From address of emails (the `hello` of `hello@example.com`). */
  declare readonly fromEmailName: string | null;
  /** Local part of the Reply-To address of emails. */
  declare readonly replyToEmailName: string | null;
  /** Whether Clerk sends the messages itself (false when you deliver them from webhooks). */
  declare readonly deliveredByClerk: boolean | null;
  /** Whether the template is in use. */
  declare readonly enabled: boolean | null;
  /** Whether Clerk flagged the template's content as suspicious. */
  declare readonly flaggedAsSuspicious: boolean | null;
  /** Last update time, Unix milliseconds. */
  declare readonly updatedAt: number | null;
  /** Creation time, Unix milliseconds. */
  declare readonly createdAt: number | null;
  /** Builds a Template from the API's JSON (a plain function: pass it to `map` as it is). */
  declare static readonly fromJSON: (data: TemplateJSON) => Template;

  /** Maps the wire JSON; prefer {@link Template.fromJSON}. */
  constructor(data: TemplateJSON) {
    super(data);
    this.id = data.id ?? null;
    this.instanceId = data.instance_id ?? null;
    this.resourceType = data.resource_type ?? null;
    this.templateType = data.template_type ?? null;
    this.name = data.name ?? null;
    this.slug = data.slug ?? null;
    this.position = data.position ?? null;
    this.canRevert = data.can_revert ?? null;
    this.canDelete = data.can_delete ?? null;
    this.canEditBody = data.can_edit_body ?? null;
    this.canToggle = data.can_toggle ?? null;
    this.subject = data.subject ?? null;
    this.markup = data.markup ?? null;
    this.body = data.body ?? null;
    this.availableVariables = data.available_variables ?? [];
    this.requiredVariables = data.required_variables ?? [];
    this.fromEmailName = data.from_email_name ?? null;
    this.replyToEmailName = data.reply_to_email_name ?? null;
    this.deliveredByClerk = data.delivered_by_clerk ?? null;
    this.enabled = data.enabled ?? null;
    this.flaggedAsSuspicious = data.flagged_as_suspicious ?? null;
    this.updatedAt = data.updated_at ?? null;
    this.createdAt = data.created_at ?? null;
  }
  // </generated:Template>
}
