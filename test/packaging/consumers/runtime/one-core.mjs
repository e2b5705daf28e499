// Loads both builds in one process (require and import) and makes requests that fail through each of them against
// the fake API (CLERK_API_URL / CLERK_SECRET_KEY come from the test), then reports how the errors are recognised.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PKG = '@clerk/clerk-sdk-node';
const cjs = require(PKG);
const cjsInstance = require(`${PKG}/cjs/instance`);
const esm = await import(PKG);
const esmInstance = await import(`${PKG}/esm/instance`);

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
    // A 404 is the status-family subclass, recognised across builds too.
    instanceOfCjsNotFound: error instanceof cjs.ClerkNotFoundError,
    instanceOfEsmNotFound: error instanceof esm.ClerkNotFoundError,
  };
}

// Which build really made the error: its prototype is that build's 404 class, a subclass of that build's API error.
const madeBy = (value, build) =>
  value !== undefined &&
  Object.getPrototypeOf(value) === build.ClerkNotFoundError.prototype &&
  Object.getPrototypeOf(build.ClerkNotFoundError.prototype) === build.ClerkAPIResponseError.prototype;
const list = (client) => client.allowlistIdentifiers.getAllowlistIdentifierList();

const fromEsm = await failureOf(list(esm.default));
const fromCjs = await failureOf(list(cjs.default));
const fromCjsInstance = await failureOf(list(cjsInstance.default()));
const fromEsmInstance = await failureOf(list(new esmInstance.default()));
// Hooks and a caller's signal send the request through the transport's hook path (a Request object, raced against
// the attempt's abort): this exercises that path in both builds.
const viaHooks = () => ({ httpOptions: { signal: new AbortController().signal, hooks: { beforeRequest: [() => undefined] } } });
const fromEsmViaHooks = await failureOf(list(esm.createClerkClient(viaHooks())));
const fromCjsViaHooks = await failureOf(list(cjs.createClerkClient(viaHooks())));
const plain = new Error('not from the SDK');

const report = {
  // Without this the cross-build checks below would prove nothing.
  twoSeparateBuilds: cjs.ClerkAPIResponseError !== esm.ClerkAPIResponseError && cjs.createClerkClient !== esm.createClerkClient,
  esmError: { ...judge(fromEsm), madeByEsmClass: madeBy(fromEsm, esm) },
  cjsError: { ...judge(fromCjs), madeByCjsClass: madeBy(fromCjs, cjs) },
  // One core per format: the instance entry throws the very class of its format's main entry.
  cjsInstanceError: { ...judge(fromCjsInstance), madeByCjsClass: madeBy(fromCjsInstance, cjs) },
  esmInstanceError: { ...judge(fromEsmInstance), madeByEsmClass: madeBy(fromEsmInstance, esm) },
  esmViaHooksError: { ...judge(fromEsmViaHooks), madeByEsmClass: madeBy(fromEsmViaHooks, esm) },
  cjsViaHooksError: { ...judge(fromCjsViaHooks), madeByCjsClass: madeBy(fromCjsViaHooks, cjs) },
  plainError: judge(plain),
  exportNames: {
    cjsMain: Object.keys(cjs).sort(),
    esmMain: Object.keys(esm).sort(),
    cjsInstance: Object.keys(cjsInstance).sort(),
    esmInstance: Object.keys(esmInstance).sort(),
  },
};
console.log(JSON.stringify(report));
