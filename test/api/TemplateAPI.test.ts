import { describe, expect, it } from 'vitest';
import { ClerkAPIResponseError } from '../../src/index';
import { Template } from '../../src/models/Template';
import { captureBody, clerkApi, fixture, rejectionOf, testClient } from '../helpers/nock';

const email = fixture('templates/template');
const sms = fixture('templates/sms-template');
const preview = fixture('templates/preview-template');

describe('templates.getTemplateList', () => {
  it('asks for a paginated list of one type and maps items with the total', async () => {
    clerkApi()
      .get('/v1/templates/sms')
      .query({ limit: '5', offset: '0', paginated: 'true' })
      .reply(200, { data: [sms], total_count: 6 });
    const list = await testClient().templates.getTemplateList('sms', { limit: 5, offset: 0 });
    expect(list).toHaveLength(1);
    expect(list.totalCount).toBe(6);
    expect(list[0]).toBeInstanceOf(Template);
    expect(list[0]).toMatchObject({
      templateType: 'sms',
      resourceType: 'system',
      instanceId: null,
      subject: null,
      markup: null,
      fromEmailName: null,
      canToggle: true,
      deliveredByClerk: false,
      flaggedAsSuspicious: null,
      requiredVariables: ['otp_code'],
    });
  });
});

describe('templates.getTemplate', () => {
  it('gets by type and encoded slug and maps every field', async () => {
    clerkApi().get('/v1/templates/email/verification%20code').reply(200, email);
    const result = await testClient().templates.getTemplate('email', 'verification code');
    expect(result).toBeInstanceOf(Template);
    expect(result).toMatchObject({
      id: email.id,
      instanceId: email.instance_id,
      resourceType: 'user',
      templateType: 'email',
      name: 'Verification code',
      slug: 'verification_code',
      position: 1,
      canRevert: true,
      canDelete: false,
      canEditBody: true,
      canToggle: false,
      subject: '{{otp_code}} is your verification code',
      body: '<p>Your code is {{otp_code}}</p>',
      availableVariables: ['app.name', 'otp_code', 'requested_at'],
      fromEmailName: 'notifications',
      replyToEmailName: 'support',
      deliveredByClerk: true,
      enabled: true,
      flaggedAsSuspicious: false,
      updatedAt: 1716903000000,
      createdAt: 1716900000000,
    });
  });

  it('rejects with the API error on 404', async () => {
    clerkApi()
      .get('/v1/templates/email/nope')
      .reply(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Template not found' }] });
    const error = await rejectionOf(testClient().templates.getTemplate('email', 'nope'));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(404);
    expect(error.errors[0].code).toBe('resource_not_found');
  });
});

describe('templates.upsertTemplate', () => {
  it('puts the snake_case fields and maps the template', async () => {
    const sent = captureBody();
    clerkApi().put('/v1/templates/email/verification_code', sent.match).matchHeader('content-type', 'application/json').reply(200, email);
    const result = await testClient().templates.upsertTemplate('email', 'verification_code', {
      name: 'Verification code',
      subject: '{{otp_code}} is your verification code',
      markup: null,
      body: '<p>Your code is {{otp_code}}</p>',
      deliveredByClerk: true,
      fromEmailName: 'notifications',
      replyToEmailName: 'support',
    });
    expect(sent.body).toEqual({
      name: 'Verification code',
      subject: '{{otp_code}} is your verification code',
      markup: null,
      body: '<p>Your code is {{otp_code}}</p>',
      delivered_by_clerk: true,
      from_email_name: 'notifications',
      reply_to_email_name: 'support',
    });
    expect(result).toBeInstanceOf(Template);
    expect(result.raw).toEqual(email);
  });

  it('rejects with the API error on 423 (locked)', async () => {
    clerkApi()
      .put('/v1/templates/email/verification_code')
      .reply(423, { errors: [{ code: 'template_locked', message: 'locked', long_message: 'This template cannot be modified.' }] });
    const error = await rejectionOf(testClient().templates.upsertTemplate('email', 'verification_code', { body: 'x' }));
    expect(error).toBeInstanceOf(ClerkAPIResponseError);
    expect(error.status).toBe(423);
  });
});

describe('templates.revertTemplate', () => {
  it('posts to /revert with no body and maps the template', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/templates/sms/verification_code/revert', sent.match).reply(200, sms);
    const result = await testClient().templates.revertTemplate('sms', 'verification_code');
    expect(sent.body).toBe('');
    expect(result).toBeInstanceOf(Template);
    expect(result).toMatchObject({ resourceType: 'system', canRevert: false });
  });
});

describe('templates.previewTemplate', () => {
  it('posts the draft and resolves to the API answer untouched', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/templates/email/verification_code/preview', sent.match).reply(200, preview);
    const result = await testClient().templates.previewTemplate('email', 'verification_code', {
      subject: '{{otp_code}} is your verification code',
      body: '<p>Your code is {{otp_code}}</p>',
      fromEmailName: 'notifications',
      replyToEmailName: 'support',
    });
    expect(sent.body).toEqual({
      subject: '{{otp_code}} is your verification code',
      body: '<p>Your code is {{otp_code}}</p>',
      from_email_name: 'notifications',
      reply_to_email_name: 'support',
    });
    expect(result).toEqual(preview);
  });
});

describe('templates.toggleTemplateDelivery', () => {
  it('posts delivered_by_clerk to /toggle_delivery and maps the template', async () => {
    const sent = captureBody();
    clerkApi().post('/v1/templates/sms/verification_code/toggle_delivery', sent.match).reply(200, sms);
    const result = await testClient().templates.toggleTemplateDelivery('sms', 'verification_code', { deliveredByClerk: false });
    expect(sent.body).toEqual({ delivered_by_clerk: false });
    expect(result).toBeInstanceOf(Template);
    expect(result.deliveredByClerk).toBe(false);
  });

  it('rejects an empty slug without sending anything', async () => {
    const error = await rejectionOf(testClient().templates.toggleTemplateDelivery('sms', '', { deliveredByClerk: true }));
    expect(error.code).toBe('invalid_argument');
  });
});
