import assert from 'node:assert/strict';
import { test } from 'node:test';
import { samples } from '../../samples/registry.ts';
import { parseDotenv, planSample, sampleFromArgs } from './plan.ts';

test('with no configuration it plans the local provider and the sample on the default ports', () => {
  const plan = planSample({}, {});
  assert.equal(plan.mode, 'local-idp');
  assert.equal(plan.sampleEnv.LOGTO_ENDPOINT, 'http://127.0.0.1:3001');
  assert.equal(plan.sampleEnv.LOGTO_BASE_URL, 'http://127.0.0.1:3002');
  assert.ok((plan.sampleEnv.LOGTO_COOKIE_SECRET ?? '').length >= 32);
  if (plan.mode === 'local-idp') assert.equal(plan.idpEnv.IDP_SAMPLE_BASE_URL, 'http://127.0.0.1:3002');
});

test('LOGTO_ENDPOINT in the environment or in .env.local means a real tenant: no local provider', () => {
  assert.equal(planSample({ LOGTO_ENDPOINT: 'https://abc.logto.app' }, {}).mode, 'logto-tenant');
  const plan = planSample({}, parseDotenv('# my tenant\nLOGTO_ENDPOINT="https://abc.logto.app"\n'));
  assert.equal(plan.mode, 'logto-tenant');
  assert.equal(plan.sampleEnv.LOGTO_ENDPOINT, undefined, 'Next.js reads .env.local itself');
});

test('ports can be moved, and a bad port is named in the error', () => {
  const plan = planSample({ IDP_PORT: '4001', SAMPLE_PORT: '4002' }, {});
  assert.equal(plan.sampleEnv.LOGTO_ENDPOINT, 'http://127.0.0.1:4001');
  assert.throws(() => planSample({ SAMPLE_PORT: 'eighty' }, {}), /SAMPLE_PORT must be a port number.*"eighty"/);
});

test('"pages" picks the Pages Router sample on port 3003 with its own client at the provider', () => {
  const kind = sampleFromArgs(['pages']);
  assert.equal(kind.dir, 'samples/next-pages-router');
  const plan = planSample({}, {}, kind);
  assert.equal(plan.mode, 'local-idp');
  assert.equal(plan.sampleEnv.LOGTO_BASE_URL, 'http://127.0.0.1:3003');
  assert.equal(plan.sampleEnv.LOGTO_APP_ID, 'sample-next-pages-router');
  if (plan.mode === 'local-idp') {
    assert.equal(plan.idpEnv.IDP_PAGES_SAMPLE_BASE_URL, 'http://127.0.0.1:3003');
    assert.equal(plan.idpEnv.IDP_PAGES_CLIENT_SECRET, plan.sampleEnv.LOGTO_APP_SECRET);
    assert.equal(plan.idpEnv.IDP_SAMPLE_BASE_URL, undefined, 'the App Router client keeps its default');
  }
});

test('no argument or "app" picks the App Router sample; anything else is an error that lists the choices', () => {
  assert.equal(sampleFromArgs([]).dir, 'samples/next-app-router');
  assert.equal(sampleFromArgs(['app']), samples[0]);
  assert.throws(
    () => sampleFromArgs(['page']),
    /unknown arguments "page"\. Use "npm run sample" \(Next\.js App Router sample\) or "npm run sample -- pages" \(Next\.js Pages Router sample\)/,
  );
});
