// The README's main job (`npm run demo`) runs inside the test command, so it cannot rot: the built package, the
// emulator, the documentation examples in ESM and CommonJS, and the tour must all work, and the demo must exit 0.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run demo', () => {
  it('runs every documentation example, the tour and every README sample against the emulator, and exits 0', () => {
    const result = spawnSync(process.execPath, ['demo/run.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    for (const file of ['custom-client.cjs', 'custom-client.mjs', 'default-client.cjs', 'default-client.mjs', 'resource.cjs', 'resource.mjs']) {
      expect(out).toMatch(new RegExp(`✓ ${file.replace('.', '\\.')} +printed `));
    }
    expect(out).not.toContain('✗');
    expect(out).toContain('printed [ User ×2 ] (user_docs_alan, user_docs_grace)');
    expect(out).toContain('printed Client (client_2pkgBrowser)');
    expect(out).toContain('public metadata, keys exactly as given: {"plan":"pro","featureFlags":{"betaUI":true}}');
    expect(out).toMatch(/first page: 2 users as an array, totalCount 6/);
    expect(out.match(/for await #\d+:/g)).toHaveLength(6);
    expect(out).toMatch(/has 2 members: Grace as org:member, Ada as org:admin/);
    expect(out).toContain('signature valid against /v1/jwks: true');
    expect(out).toMatch(/deliberate duplicate: ClerkAPIResponseError 422 form_identifier_exists/);
    expect(out).toMatch(/all [1-9]\d* runnable README samples ran/);
    expect(out).toMatch(/GET \/api\/me with the token → 200 \{"userId":"user_docs_grace"/);
    expect(out).toContain('GET /api/me signed out → 401 (reason session-token-missing)');
    expect(out).toContain('with a forged signature → 401');
    expect(out).toMatch(/webhook user\.created signed by the emulator → 200 \{"received":"user\.created"\}, data\.id user_/);
    expect(out).toContain('with a tampered body → 400 {"error":"invalid_signature"}');
    expect(out).toContain('Done: every step ran against the emulator');
  }, 300_000);
});
