// Runs the README's Express webhook sample verbatim (its text, taken from README.md) against real Express on
// 127.0.0.1, with `require('@clerk/clerk-sdk-node')` answered by this repository's main entry, then sends it a
// signed delivery, a tampered one and an unsigned one.
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as sdk from '../../src/index';

const README = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');

function webhookSample(): string {
  const section = README.slice(README.indexOf('## Webhooks'));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error('README.md has no ```js block in its Webhooks section');
  return match[1];
}

const servers: Server[] = [];

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        }),
    ),
  );
});

/** Evaluates the sample with a `require` that serves express (recording its servers) and this SDK. */
async function startSample(): Promise<{ url: string; logs: string[] }> {
  const logs: string[] = [];
  const record = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  const fakeConsole = { log: record, warn: record, error: record };
  const trackedExpress = Object.assign((...args: Parameters<typeof express>) => {
    const app = express(...args);
    const listen = app.listen.bind(app) as (...listenArgs: unknown[]) => Server;
    (app as unknown as { listen: (...listenArgs: unknown[]) => Server }).listen = (...listenArgs) => {
      const server = listen(...listenArgs);
      servers.push(server);
      return server;
    };
    return app;
  }, express);
  const fakeRequire = (name: string) => {
    if (name === 'express') return trackedExpress;
    if (name === '@clerk/clerk-sdk-node') return sdk;
    throw new Error(`the sample requires an unexpected module: ${name}`);
  };
  const listening = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => {
      clearInterval(check);
      fail(new Error('the sample did not start listening'));
    }, 10_000);
    const check = setInterval(() => {
      if (logs.some((line) => line.startsWith('Webhook endpoint on'))) {
        clearInterval(check);
        clearTimeout(timer);
        done();
      }
    }, 5);
  });
  new Function('require', 'console', 'process', webhookSample())(fakeRequire, fakeConsole, process);
  await listening;
  const address = servers[0]?.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return { url: `http://127.0.0.1:${address.port}/api/webhooks/clerk`, logs };
}

describe('README Webhooks sample', () => {
  it('accepts a signed delivery, logs the new user, and answers 400 with the reason otherwise', async () => {
    const key = randomBytes(24);
    vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', `whsec_${key.toString('base64')}`);
    vi.stubEnv('PORT', '0');
    const { url, logs } = await startSample();

    const body = JSON.stringify({
      object: 'event',
      type: 'user.created',
      timestamp: Date.now(),
      instance_id: 'ins_1',
      data: { object: 'user', id: 'user_123', email_addresses: [{ email_address: 'ada@example.com' }] },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `v1,${createHmac('sha256', key).update(`msg_1.${timestamp}.${body}`).digest('base64')}`;
    const headers = { 'content-type': 'application/json', 'svix-id': 'msg_1', 'svix-timestamp': timestamp, 'svix-signature': signature };

    const ok = await fetch(url, { method: 'POST', headers, body });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ received: true });
    expect(logs).toContain('New user user_123 ada@example.com');

    const tampered = await fetch(url, { method: 'POST', headers, body: body.replace('ada@', 'eve@') });
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toEqual({ error: 'invalid_signature' });

    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(400);
    expect(await unsigned.json()).toEqual({ error: 'missing_headers' });
    expect(logs).toContain('Refused a webhook delivery: invalid_signature');
    expect(logs.filter((line) => line.startsWith('New user'))).toHaveLength(1);
  });
});
