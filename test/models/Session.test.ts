import { describe, expect, it } from 'vitest';
import { Client, Session, SessionActivity, SessionTask, type ClientJSON, type SessionJSON } from '../../src/index';
import { fixture } from '../helpers/nock';

const json = fixture<SessionJSON>('sessions/session');

describe('Session.fromJSON', () => {
  it('maps scalar fields to camelCase', () => {
    const session = Session.fromJSON(json);
    expect(session).toMatchObject({
      id: 'sess_2hZ4kqN7pL1sXbV9cM3tR8wYdEa',
      userId: 'user_2hZ3aB6cD9eF2gH5iJ8kL1mN4oP',
      clientId: 'client_2hZ3xQ7rS0tU3vW6xY9zA2bC5dE',
      status: 'active',
      lastActiveOrganizationId: 'org_2hZ3mN4bV5cX6zL7kJ8hG9fD0sA',
      lastActiveAt: 1716902400000,
      expireAt: 1717507200000,
      abandonAt: 1719494400000,
      updatedAt: 1716902400000,
      createdAt: 1716900000000,
    });
    expect(session.raw).toBe(json);
  });

  it('keeps actor verbatim, snake_case keys included', () => {
    const session = Session.fromJSON(json);
    expect(session.actor).toEqual({
      sub: 'user_2admin9QwErTyUiOp',
      iss: 'https://dashboard.clerk.com',
      impersonation_reason: 'Support ticket #4521',
    });
    expect(session.actor).not.toHaveProperty('impersonationReason');
  });

  it('maps latest_activity to a SessionActivity', () => {
    const activity = Session.fromJSON(json).latestActivity;
    expect(activity).toBeInstanceOf(SessionActivity);
    expect(activity).toMatchObject({
      id: 'sess_activity_2hZ4kqQ1wE2rT3yU4iO5pA6sD7f',
      deviceType: 'Macintosh',
      isMobile: false,
      browserName: 'Chrome',
      browserVersion: '125.0.0.0',
      ipAddress: '203.0.113.42',
      city: 'Lisbon',
      country: 'PT',
    });
  });

  it('maps tasks to SessionTask instances', () => {
    const tasks = Session.fromJSON(json).tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toBeInstanceOf(SessionTask);
    expect(tasks[0]?.key).toBe('choose-organization');
  });

  it('turns missing or null optional fields into null, and missing tasks into []', () => {
    const { actor, latest_activity, last_active_organization_id, tasks, ...required } = json;
    void actor;
    void latest_activity;
    void last_active_organization_id;
    void tasks;
    const bare = Session.fromJSON(required as SessionJSON);
    expect(bare.actor).toBeNull();
    expect(bare.latestActivity).toBeNull();
    expect(bare.lastActiveOrganizationId).toBeNull();
    expect(bare.tasks).toEqual([]);
    expect(Session.fromJSON({ ...json, tasks: null, latest_activity: null }).tasks).toEqual([]);
  });

  it('fills absent activity details with null', () => {
    const activity = SessionActivity.fromJSON({ object: 'session_activity', id: 'sa_1', is_mobile: true });
    expect(activity).toMatchObject({ id: 'sa_1', isMobile: true, deviceType: null, browserName: null, ipAddress: null, city: null, country: null });
  });
});

describe('Client.fromJSON', () => {
  it('maps its sessions through Session.fromJSON', () => {
    const client = Client.fromJSON(fixture<ClientJSON>('clients/client'));
    expect(client.sessions).toHaveLength(1);
    expect(client.sessions[0]).toBeInstanceOf(Session);
    expect(client.sessions[0]?.latestActivity).toMatchObject({ isMobile: true, deviceType: 'iPhone' });
    expect(client.sessionIds).toEqual(['sess_2hZ4kqN7pL1sXbV9cM3tR8wYdEa']);
    expect(client).toMatchObject({ signInId: null, signUpId: null, lastAuthenticationStrategy: 'oauth_google' });
  });
});
