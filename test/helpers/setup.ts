import nock from 'nock';
import { afterEach, beforeAll, expect } from 'vitest';

beforeAll(() => {
  // HTTP tests talk to nock or to servers on 127.0.0.1 only.
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});

afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  // Every interceptor a test declares must have been used.
  expect(pending, 'unused nock interceptors').toEqual([]);
});
