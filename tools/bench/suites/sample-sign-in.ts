/**
 * `npm run bench sample-sign-in`: median time of a full browser sign-in and of a
 * signed-in page render of the Next.js sample (next start), with the cookie
 * store and with Redis, measured side by side in the same run.
 */
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, signInThroughProvider } from '../../../tests/e2e/helpers/browser.ts';
import { startIdp } from '../../../tests/e2e/helpers/idp.ts';
import type { ServerProcess } from '../../lib/processes.ts';
import { startRedis } from '../../../tests/e2e/helpers/redis.ts';
import { ensureSampleBuild, reserveSamplePort, startSample, type Sample } from '../../../tests/e2e/helpers/sample.ts';
import { formatMs, median, printRatio, timeIt } from '../report.ts';
import type { BenchSuite } from '../run.ts';

const signIns = 7;
const renders = 25;

async function startStack(running: ServerProcess[], redisUrl?: string): Promise<Sample> {
  const { port, baseUrl } = await reserveSamplePort();
  const idp = await startIdp({ baseUrls: { app: baseUrl } });
  running.push(idp);
  const sample = await startSample({ idpEndpoint: idp.endpoint, port, redisUrl });
  running.push(sample);
  return sample;
}

async function run(): Promise<void> {
  await ensureSampleBuild();
  const running: ServerProcess[] = [];
  const browser = await launchBrowser();
  try {
    const redis = await startRedis();
    running.push(redis);
    const stores = { cookie: await startStack(running), redis: await startStack(running, redis.url) };

    const signInTimes = { cookie: [] as number[], redis: [] as number[] };
    const renderTimes = { cookie: [] as number[], redis: [] as number[], signedOut: [] as number[] };
    const contexts: Partial<Record<'cookie' | 'redis', BrowserContext>> = {};

    // Warm-up: one sign-in each fills the caches (discovery document, JWKS) before timing.
    for (const [store, sample] of Object.entries(stores) as Array<['cookie' | 'redis', Sample]>) {
      const context = await browser.newContext();
      await signInThroughProvider(await context.newPage(), sample.baseUrl);
      await context.close();
    }

    // Interleaved, so background load on the machine hits both stores alike.
    for (let round = 0; round < signIns; round += 1) {
      for (const [store, sample] of Object.entries(stores) as Array<['cookie' | 'redis', Sample]>) {
        const context = await browser.newContext();
        const page = await context.newPage();
        signInTimes[store].push(await timeIt(() => signInThroughProvider(page, sample.baseUrl)));
        await contexts[store]?.close();
        contexts[store] = context;
      }
    }

    for (let round = 0; round < renders; round += 1) {
      for (const store of ['cookie', 'redis'] as const) {
        const response = await timeIt(async () => (await contexts[store]!.request.get(`${stores[store].baseUrl}/`)).text());
        renderTimes[store].push(response);
      }
      renderTimes.signedOut.push(await timeIt(async () => (await fetch(`${stores.cookie.baseUrl}/`)).text()));
    }

    console.log(`full browser sign-in, cookie store: median ${formatMs(median(signInTimes.cookie))} (${signIns} runs)`);
    console.log(`full browser sign-in, Redis:        median ${formatMs(median(signInTimes.redis))} (${signIns} runs)`);
    printRatio('full browser sign-in, Redis vs cookie store', median(signInTimes.redis), median(signInTimes.cookie));
    console.log(`signed-in page render, cookie store: median ${formatMs(median(renderTimes.cookie))} (${renders} runs)`);
    console.log(`signed-in page render, Redis:        median ${formatMs(median(renderTimes.redis))} (${renders} runs)`);
    printRatio('signed-in render (cookie) vs signed-out render', median(renderTimes.cookie), median(renderTimes.signedOut));
    printRatio('signed-in render (Redis) vs signed-out render', median(renderTimes.redis), median(renderTimes.signedOut));
    printRatio('signed-in render, Redis vs cookie store', median(renderTimes.redis), median(renderTimes.cookie));
  } finally {
    await browser.close();
    for (const server of running.reverse()) await server.stop();
  }
}

const suite: BenchSuite = { name: 'sample-sign-in', run };
export default suite;
