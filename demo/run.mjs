// `npm run demo`: starts the embedded Backend API emulator, seeds it, runs the documentation's examples against it
// (ESM and CommonJS, each in its own Node process, configured only through CLERK_API_URL and CLERK_SECRET_KEY), then
// takes a short tour of the SDK, and finally runs every code block of README.md (demo/readme-samples.mjs).
// Everything runs on 127.0.0.1; nothing reaches the internet.
import { spawn } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClerkClient, isClerkAPIResponseError } from '@clerk/clerk-sdk-node';
import { startEmulator } from '@clerk/clerk-sdk-node/testing';
import { runReadmeSamples } from './readme-samples.mjs';

const examplesDir = fileURLToPath(new URL('../examples/docs/', import.meta.url));
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const heading = (text) => console.log(`\n${bold(`== ${text}`)}`);
const step = (text) => console.log(`  • ${text}`);

const emulator = await startEmulator({
  // The documentation passes this placeholder literally; the emulator accepts it so the examples run unchanged.
  additionalSecretKeys: ['YOUR_SECRET_KEY'],
  seed: {
    users: [
      { id: 'user_docs_grace', email_address: ['grace@example.com'], first_name: 'Grace', last_name: 'Hopper' },
      { id: 'user_docs_alan', email_address: ['alan@example.com'], first_name: 'Alan', last_name: 'Turing' },
    ],
    // The CommonJS resource example fetches this client by id.
    sessions: [{ id: 'sess_docs_grace', client_id: 'client_2pkgBrowser', user_id: 'user_docs_grace' }],
  },
});

let failed = false;
try {
  heading(`Emulator on ${emulator.url}`);
  step(`CLERK_API_URL=${emulator.url}`);
  step(`CLERK_SECRET_KEY=${emulator.secretKey.slice(0, 12)}… (generated)`);

  heading('The documentation examples, verbatim (one Node process each)');
  for (const file of readdirSync(examplesDir)
    .filter((f) => /\.(mjs|cjs)$/.test(f))
    .sort()) {
    const result = await runExample(file);
    const summary = describeOutput(result.stdout);
    if (result.code !== 0 || result.stderr.trim() !== '') {
      failed = true;
      console.log(`  ✗ ${file} exited ${result.code}\n${result.stderr}`);
    } else {
      console.log(`  ✓ ${file.padEnd(20)} ${summary}`);
    }
  }

  heading('A tour with createClerkClient');
  const clerk = createClerkClient({ apiUrl: emulator.url, secretKey: emulator.secretKey });

  const ada = await clerk.users.createUser({
    emailAddress: ['ada@example.com'],
    firstName: 'Ada',
    lastName: 'Lovelace',
    password: 'correct horse battery staple',
  });
  step(`created ${ada.fullName} (${ada.id}), primary email ${ada.primaryEmailAddress?.emailAddress}`);

  const updated = await clerk.users.updateUserMetadata(ada.id, { publicMetadata: { plan: 'pro', featureFlags: { betaUI: true } } });
  step(`public metadata, keys exactly as given: ${JSON.stringify(updated.publicMetadata)}`);

  const verified = await clerk.users.verifyPassword({ userId: ada.id, password: 'correct horse battery staple' });
  step(`password check: ${JSON.stringify(verified)}`);

  for (const name of ['Barbara Liskov', 'Edsger Dijkstra', 'Margaret Hamilton']) {
    const [firstName, lastName] = name.split(' ');
    await clerk.users.createUser({ emailAddress: [`${firstName.toLowerCase()}@example.com`], firstName, lastName });
  }
  const firstPage = await clerk.users.getUserList({ limit: 2, orderBy: '+created_at' });
  step(`first page: ${firstPage.length} users as an array, totalCount ${firstPage.totalCount}`);
  let seen = 0;
  for await (const user of clerk.users.getUserList({ limit: 2, orderBy: '+created_at' })) {
    seen += 1;
    step(`  for await #${seen}: ${user.fullName}`);
  }

  const org = await clerk.organizations.createOrganization({ name: 'Analytical Engines', createdBy: ada.id });
  await clerk.organizations.createOrganizationMembership({ organizationId: org.id, userId: 'user_docs_grace', role: 'org:member' });
  const members = await clerk.organizations.getOrganizationMembershipList({ organizationId: org.id });
  step(
    `organization ${org.name} (${org.slug}) has ${members.totalCount} members: ${members.map((m) => `${m.publicUserData?.firstName} as ${m.role}`).join(', ')}`,
  );

  const session = await clerk.sessions.createSession({ userId: ada.id });
  const jwt = await clerk.sessions.getToken(session.id);
  const jwks = await clerk.jwks.getJwks();
  step(`session ${session.id}: token ${jwt.slice(0, 24)}…, signature valid against /v1/jwks: ${verifyJwt(jwt, jwks.keys)}`);

  try {
    await clerk.users.createUser({ emailAddress: ['ada@example.com'] });
    failed = true;
    step('the duplicate was accepted (unexpected)');
  } catch (error) {
    if (!isClerkAPIResponseError(error)) throw error;
    const [first] = error.errors;
    step(`deliberate duplicate: ClerkAPIResponseError ${error.status} ${first.code}: "${first.longMessage}" (trace ${error.clerkTraceId})`);
  }
  if (!(await (await import('./express.mjs')).runExpressDemo({ emulator, clerk, step, heading }))) failed = true;
} finally {
  await emulator.stop();
}

heading("The README's samples, verbatim (one Node process each, against a fresh emulator)");
const samples = await runReadmeSamples({ log: (line) => console.log(line) });
if (samples.some((sample) => !sample.ok)) failed = true;
else step(`all ${samples.filter((sample) => !sample.skipped).length} runnable README samples ran`);

heading(failed ? 'Something went wrong (see above)' : 'Done: every step ran against the emulator');
process.exitCode = failed ? 1 : 0;

function runExample(file) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [examplesDir + file], {
      env: { ...process.env, CLERK_API_URL: emulator.url, CLERK_SECRET_KEY: emulator.secretKey, CLERK_LOGGING: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** "printed [ Session ×1 ] (sess_…)": which model classes an example printed, and the ids in them. */
function describeOutput(stdout) {
  const list = stdout.trimStart().startsWith('[');
  const classes = [...stdout.matchAll(/^\s*([A-Z]\w+) \{/gm)].map((m) => m[1]);
  const top = classes.filter((name, i) => i === 0 || name === classes[0]);
  const ids = [...stdout.matchAll(/^\s{2,4}id: '([^']+)'/gm)].map((m) => m[1]);
  const what = top.length ? `${top[0]}${top.length > 1 || list ? ` ×${top.length}` : ''}` : 'nothing';
  return `printed ${list ? `[ ${what} ]` : what}${ids.length ? ` (${ids.slice(0, 3).join(', ')})` : ''}`;
}

function verifyJwt(token, keys) {
  const [header, payload, signature] = token.split('.');
  const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString());
  const jwk = keys.find((key) => key.kid === kid);
  if (!jwk) return false;
  return verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(signature, 'base64url'));
}
