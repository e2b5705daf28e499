// The operations the bench compares, shared by the main process (which checks what each one sends) and the
// workers (which time them).
import { readFileSync } from 'node:fs';

export const CONCURRENCY = 16;
export const LIST_LIMIT = 500;
const SECRET_KEY = 'sk_test_bench_0000000000';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export function makeSides(sdk, base) {
  const clerk = sdk.createClerkClient({ secretKey: SECRET_KEY, apiUrl: base });
  // The raw side sends the same three headers as the SDK, so both requests are identical on the wire.
  const headers = { authorization: `Bearer ${SECRET_KEY}`, 'user-agent': `@clerk/clerk-sdk-node@${version}`, 'clerk-api-version': '2026-05-12' };
  const rawJSON = async (url) => JSON.parse(await (await fetch(url, { headers })).text());
  const userUrl = `${base}/v1/users/user_42`;
  const listUrl = `${base}/v1/users?limit=${LIST_LIMIT}`;
  const countUrl = `${base}/v1/users/count`;
  return {
    getUser: {
      raw: () => rawJSON(userUrl),
      // The A/A control: the raw side again, timed in the same rounds; how far its ratio to raw strays from 1 is
      // the noise of this run.
      rawAgain: () => rawJSON(userUrl),
      sdk: () => clerk.users.getUser('user_42'),
      // Reference: raw fetch doing what the SDK must do per attempt to honour a deadline that really aborts (an
      // AbortController whose signal goes to fetch, and a timer), so the cost of that requirement shows on its own.
      rawDeadline: async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 30_000);
        try {
          return JSON.parse(await (await fetch(userUrl, { headers, signal: controller.signal })).text());
        } finally {
          clearTimeout(timer);
        }
      },
    },
    getUserList: {
      // The same two requests the SDK makes, in parallel, each parsed; no mapping.
      raw: () => Promise.all([rawJSON(listUrl), rawJSON(countUrl)]),
      rawAgain: () => Promise.all([rawJSON(listUrl), rawJSON(countUrl)]),
      sdk: () => clerk.users.getUserList({ limit: LIST_LIMIT }),
      rawPageOnly: () => rawJSON(listUrl),
    },
  };
}
