/// <reference path="../../samples/local-idp/src/oidc-provider.d.ts" />
/**
 * The local identity provider under abuse: failed logins are throttled per
 * account (429 after 5 a minute) and per IP address (after 20), and abandoned
 * authorizations do not grow its memory. Its own provider, so the throttling
 * cannot lock out the other test files' sign-ins.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { evictExpired, storeSize } from '../../samples/local-idp/src/memory-store.ts';
import { startIdp as startLocalIdp } from '../../samples/local-idp/src/server.ts';
import { defaultSettings } from '../../samples/local-idp/src/settings.ts';
import { HttpClient } from './helpers/http-client.ts';
import { idpForTests, nowhere as sampleBaseUrl } from './helpers/idp.ts';
import { authorizeUrl } from './helpers/oidc-flow.ts';

const idp = idpForTests({ extraTestUsers: 8 });

/** One login attempt on a fresh sign-in page; returns the status of the form's answer. */
async function tryLogin(username: string, password: string): Promise<{ status: number; body: string; retryAfter: string | null }> {
  const client = new HttpClient();
  const signInPage = await client.request(authorizeUrl(idp().endpoint, sampleBaseUrl).href);
  const { response, body } = await client.submitForm(signInPage.url, signInPage.body, { identifier: username, password });
  return { status: response.status, body, retryAfter: response.headers.get('retry-after') };
}

test('abandoned authorizations do not grow the provider: entries and heap stay flat over 20,000 of them', async (t) => {
  // This provider runs in the test's own process, so its store can be counted and its heap measured.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const local = await startLocalIdp({ ...defaultSettings, port: 0, samples: defaultSettings.samples.map((client) => ({ ...client, baseUrl: sampleBaseUrl })) });
  try {
    const abandon = async (count: number) => {
      let next = 0;
      // Eight at a time, like a small flood; nobody ever signs in.
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < count) {
            next += 1;
            const response = await fetch(authorizeUrl(local.endpoint, sampleBaseUrl), { redirect: 'manual' });
            assert.equal(response.status, 303);
            await response.arrayBuffer();
          }
        }),
      );
    };
    const heapMb = () => {
      gc();
      return process.memoryUsage().heapUsed / 1024 / 1024;
    };
    // Past the cap on pending sign-ins (1,000) first, so the store has reached its working size.
    await abandon(2000);
    const entriesBefore = storeSize();
    const heapBefore = heapMb();
    await abandon(20_000);
    const grown = heapMb() - heapBefore;
    t.diagnostic(`store: ${entriesBefore} entries before, ${storeSize()} after; heap grew by ${grown.toFixed(1)} MB`);
    assert.ok(storeSize() <= 1000, `the store holds ${storeSize()} entries after 22,000 abandoned authorizations`);
    assert.ok(grown < 10, `the heap grew by ${grown.toFixed(1)} MB over 20,000 abandoned authorizations`);

    // Expired entries go: an hour and a bit later, the pending sign-ins are gone.
    evictExpired(Date.now() + 3700_000);
    assert.equal(storeSize(), 0);
  } finally {
    await local.close();
  }
});

test('5 failed logins for one account, then 429 even with the right password', async () => {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    assert.equal((await tryLogin('user-01', 'wrong')).status, 401, `attempt ${attempt} is an ordinary failure`);
  }
  const blocked = await tryLogin('USER-01', 'password-01');
  assert.equal(blocked.status, 429, 'the account is throttled, whatever the case of its name');
  assert.match(blocked.body, /Too many failed sign-ins\. Try again in \d+ s\./);
  assert.ok(Number(blocked.retryAfter) > 0, 'Retry-After says when');
});

test('20 failed logins from one IP address, spread over accounts, then 429 for any account', async () => {
  // The previous test left 5 failures from 127.0.0.1; 15 more, 3 per account (under the account limit).
  for (const user of ['user-02', 'user-03', 'user-04', 'user-05', 'user-06']) {
    for (let attempt = 1; attempt <= 3; attempt += 1) assert.equal((await tryLogin(user, 'wrong')).status, 401);
  }
  const blocked = await tryLogin('user-07', 'password-07');
  assert.equal(blocked.status, 429, 'an account without failures is refused from this address');
});
