// Webhook verification and the typed webhook events. Importing this costs almost nothing: node:crypto and the
// signature code load on the first verifyWebhook call, and the event types have no runtime code at all.
export { verifyWebhook } from './verify';
export type { VerifyWebhookOptions, WebhookHeaders, WebhookPayloadInput } from './verify';
export { WebhookVerificationError, isWebhookVerificationError } from './errors';
export type { WebhookVerificationErrorReason } from './errors';
export * from './events.generated';
