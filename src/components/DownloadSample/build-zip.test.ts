// The downloaded sample: every file under the sample's folder, and a .env.local built from .env.example with the
// reader's values, the guides' placeholders for the rest, and a fresh random cookie secret when none is set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { envLocal, sampleZip } from './build-zip.ts';
import type { SampleFiles } from '../../../tools/site/sample-files.ts';

const example = [
  '# Logto settings',
  'LOGTO_ENDPOINT=http://127.0.0.1:3001',
  '#LOGTO_APP_ID=x',
  '# LOGTO_APP_SECRET=y',
  'LOGTO_BASE_URL=http://localhost:3000',
  'LOGTO_COOKIE_SECRET=',
  'OTHER=kept',
  'MY_LOGTO_ENDPOINT=not-a-field',
].join('\n');

test('.env.local takes the reader values, placeholders for the rest, and keeps other lines', () => {
  const text = envLocal(example, { endpoint: 'https://acme.logto.app', appId: 'abc', cookieSecret: 'c'.repeat(40) });
  const [header, ...lines] = text.split('\n');
  assert.match(header!, /^# Written by "Download sample" from the values you entered in the guide/);
  assert.deepEqual(lines, [
    '# Logto settings',
    'LOGTO_ENDPOINT=https://acme.logto.app',
    'LOGTO_APP_ID=abc',
    'LOGTO_APP_SECRET=<your-application-secret>',
    'LOGTO_BASE_URL=http://localhost:3000',
    `LOGTO_COOKIE_SECRET=${'c'.repeat(40)}`,
    'OTHER=kept',
    'MY_LOGTO_ENDPOINT=not-a-field',
  ]);
});

test('without a cookie secret each download gets its own random one, never the public placeholder', () => {
  const secretOf = (text: string) => /^LOGTO_COOKIE_SECRET=(.*)$/m.exec(text)![1]!;
  const a = secretOf(envLocal(example, {}));
  const b = secretOf(envLocal(example, {}));
  assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, b);
});

test('the zip holds the files under the sample folder, plus .env.local when there is a .env.example', () => {
  const files = [
    { path: 'package.json', text: '{"name":"s"}' },
    { path: 'app/page.tsx', text: 'export default 1;' },
    { path: '.env.example', text: 'LOGTO_APP_ID=x\n' },
  ];
  const unzipped = unzipSync(sampleZip({ name: 'next-app-router', files } satisfies SampleFiles, { appId: 'mine' }));
  assert.deepEqual(Object.keys(unzipped).sort(), ['next-app-router/.env.example', 'next-app-router/.env.local', 'next-app-router/app/page.tsx', 'next-app-router/package.json']);
  assert.equal(strFromU8(unzipped['next-app-router/app/page.tsx']!), 'export default 1;');
  assert.match(strFromU8(unzipped['next-app-router/.env.local']!), /\nLOGTO_APP_ID=mine\n$/);
  const bare = unzipSync(sampleZip({ name: 's', files: files.slice(0, 1) } satisfies SampleFiles, {}));
  assert.deepEqual(Object.keys(bare), ['s/package.json']);
});
