// Loads both builds in one process (require and import) and makes requests that fail through each of them against
// the fake API (CLERK_API_URL / CLERK_SECRET_KEY come from the test), then reports how the errors are recognised.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PKG = '@clerk/clerk-sdk-node';
const cjs = require(PKG);
const cjsInstance = require(PKG + '/cjs/instance');
const esm = await import(PKG);
const esmInstance = await import(PKG + '/esm/instance');

async function failureOf(promise) {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error;
  }
}

function judge(error) {
  return {
    name: error?.name,
    message: error?.message,
    status: error?.status,
    code: error?.errors?.[0]?.code,
    clerkTraceId: error?.clerkTraceId,
    isError: error instanceof Error,
    instanceOfCjsClass: error instanceof cjs.ClerkAPIResponseError,
    instanceOfEsmClass: error instanceof esm.ClerkAPIResponseError,
    cjsGuard: cjs.isClerkAPIResponseError(error),
    esmGuard: esm.isClerkAPIResponseError(error),
    instanceOfCjsSdkError: error instanceof cjs.ClerkSDKError,
    instanceOfEsmSdkError: error instanceof esm.ClerkSDKError,
  };
}

const proto = (value) => (value === undefined ? undefined : Object.getPrototypeOf(value));
const list = (client) => client.allowlistIdentifiers.getAllowlistIdentifierList();

const fromEsm = await failureOf(list(esm.default));
const fromCjs = await failureOf(list(cjs.default));
const fromCjsInstance = await failureOf(list(cjsInstance.default()));
const fromEsmInstance = await failureOf(list(new esmInstance.default()));
// A caller's signal (like retries, hooks or a custom fetch) sends the request through ky, which the CJS build
// carries as a separate chunk loaded on first use: this exercises that chunk in both builds.
const viaKy = () => ({ httpOptions: { signal: new AbortController().signal } });
const fromEsmViaKy = await failureOf(list(esm.createClerkClient(viaKy())));
const fromCjsViaKy = await failureOf(list(cjs.createClerkClient(viaKy())));
const plain = new Error('not from the SDK');

const report = {
  // Without this the cross-build checks below would prove nothing.
  twoSeparateBuilds: cjs.ClerkAPIResponseError !== esm.ClerkAPIResponseError && cjs.createClerkClient !== esm.createClerkClient,
  esmError: { ...judge(fromEsm), madeByEsmClass: proto(fromEsm) === esm.ClerkAPIResponseError.prototype },
  cjsError: { ...judge(fromCjs), madeByCjsClass: proto(fromCjs) === cjs.ClerkAPIResponseError.prototype },
  // One core per format: the instance entry throws the very class of its format's main entry.
  cjsInstanceError: { ...judge(fromCjsInstance), madeByCjsClass: proto(fromCjsInstance) === cjs.ClerkAPIResponseError.prototype },
  esmInstanceError: { ...judge(fromEsmInstance), madeByEsmClass: proto(fromEsmInstance) === esm.ClerkAPIResponseError.prototype },
  esmViaKyError: { ...judge(fromEsmViaKy), madeByEsmClass: proto(fromEsmViaKy) === esm.ClerkAPIResponseError.prototype },
  cjsViaKyError: { ...judge(fromCjsViaKy), madeByCjsClass: proto(fromCjsViaKy) === cjs.ClerkAPIResponseError.prototype },
  plainError: judge(plain),
  exportNames: {
    cjsMain: Object.keys(cjs).sort(),
    esmMain: Object.keys(esm).sort(),
    cjsInstance: Object.keys(cjsInstance).sort(),
    esmInstance: Object.keys(esmInstance).sort(),
  },
};
console.log(JSON.stringify(report));
