// The generated event types: fresh against the vendored spec, one event type per spec event (no more, no fewer),
// narrowing on `type`, the v4 family names, and no runtime code at all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/gen-webhook-types.mjs');
const SPEC = join(ROOT, 'spec/webhooks-2025-04-15.yml');
const GENERATED = join(ROOT, 'src/webhooks/events.generated.ts');

const spec = parse(readFileSync(SPEC, 'utf8')) as { 'x-webhooks': Record<string, unknown> };
const EVENT_TYPES = Object.keys(spec['x-webhooks']);

// The per-family names v4 (through @clerk/backend) exported, with the spec's event-name prefix of each.
const V4_FAMILIES: Record<string, string> = {
  UserWebhookEvent: 'user',
  SessionWebhookEvent: 'session',
  OrganizationWebhookEvent: 'organization',
  OrganizationMembershipWebhookEvent: 'organizationMembership',
  OrganizationInvitationWebhookEvent: 'organizationInvitation',
  EmailWebhookEvent: 'email',
  SMSWebhookEvent: 'sms',
};

function runGenerator(args: string[]): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, stdio: 'pipe', timeout: 60_000 });
    return { status: 0, stderr: '' };
  } catch (error) {
    const failed = error as { status?: number; stderr?: Buffer };
    return { status: failed.status ?? -1, stderr: String(failed.stderr ?? '') };
  }
}

/** Type-checks `source` (a module beside a temp folder) and returns TypeScript's error messages. */
function typeErrors(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'clerk-webhook-types-'));
  try {
    const file = join(dir, 'check.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      skipLibCheck: true,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) =>
          `${d.file ? `${d.file.fileName.endsWith('check.ts') ? 'check.ts' : d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const importLine = `import type * as W from ${JSON.stringify(GENERATED.replace(/\.ts$/, ''))};`;

describe('src/webhooks/events.generated.ts', () => {
  it('is what scripts/gen-webhook-types.mjs writes from the vendored spec (run `npm run generate:webhooks`)', () => {
    const result = runGenerator(['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is reported stale when the spec gains or loses an event', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clerk-webhook-spec-'));
    try {
      const changed = parse(readFileSync(SPEC, 'utf8')) as { 'x-webhooks': Record<string, unknown> };
      delete changed['x-webhooks']['user.deleted'];
      const file = join(dir, 'webhooks-2025-04-15.yml');
      writeFileSync(file, stringify(changed));
      const result = runGenerator(['--check', file]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/is stale: run npm run generate:webhooks/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no runtime code (types only)', () => {
    const js = ts.transpileModule(readFileSync(GENERATED, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true },
    }).outputText;
    expect(js.replace(/\s+/g, '')).toBe('export{};');
  });

  it('covers exactly the events of the spec, with the v4 family unions and narrowing on `type`', () => {
    expect(EVENT_TYPES.length).toBeGreaterThan(40);
    const lines = [importLine];
    // Record<Union, true> with a literal of the spec's names fails on a missing name and on an extra one.
    lines.push(`export const all: Record<W.WebhookEventType, true> = { ${EVENT_TYPES.map((t) => `${JSON.stringify(t)}: true`).join(', ')} };`);
    for (const [family, prefix] of Object.entries(V4_FAMILIES)) {
      const names = EVENT_TYPES.filter((t) => t.startsWith(`${prefix}.`));
      expect(names.length, family).toBeGreaterThan(0);
      lines.push(`export const ${family}Names: Record<W.${family}['type'], true> = { ${names.map((t) => `${JSON.stringify(t)}: true`).join(', ')} };`);
    }
    // The same record without one event must fail, or the check above could pass vacuously.
    const dropped = EVENT_TYPES.slice(1)
      .map((t) => `${JSON.stringify(t)}: true`)
      .join(', ');
    lines.push('// @ts-expect-error: an event is missing', `export const allButOne: Record<W.WebhookEventType, true> = { ${dropped} };`);
    lines.push(
      'export function narrow(evt: W.WebhookEvent): string | null {',
      "  if (evt.type === 'user.created') return evt.data.id + evt.data.email_addresses.map((e) => e.email_address).join();",
      "  if (evt.type === 'user.deleted') return evt.data.id ?? null;",
      "  if (evt.type === 'organizationMembership.updated') return evt.data.organization.slug + (evt.data.public_user_data?.user_id ?? '');",
      "  if (evt.type === 'session.ended') return evt.data.user_id + evt.data.user.id;",
      "  if (evt.type === 'email.created') return evt.data.to_email_address ?? null;",
      '  return evt.instance_id;',
      '}',
      // The negative cases below must fail to compile (each @ts-expect-error is itself an error if they do not).
      'export function wrong(evt: W.WebhookEvent): unknown {',
      '  // @ts-expect-error: no such event type',
      "  if (evt.type === 'user.exploded') return null;",
      "  if (evt.type === 'user.deleted') {",
      '    // @ts-expect-error: a deleted object has no email addresses',
      '    return evt.data.email_addresses;',
      '  }',
      '  // @ts-expect-error: data is not narrowed before checking type',
      '  return evt.data.email_addresses;',
      '}',
    );
    expect(typeErrors(lines.join('\n'))).toEqual([]);
  });
});
