/**
 * Everything a browser sign-in test needs, started in one call: the local
 * provider, one sample (built if stale) wired to it, Redis when asked for, and
 * a browser page. Each server listens on a free loopback port.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startIdp, type Idp } from './idp.ts';
import { startRedis, type Redis } from './redis.ts';
import { appRouterSample, ensureSampleBuild, reserveSamplePort, startSample, type Sample, type SampleApp } from './sample.ts';

export interface StackOptions {
  app?: SampleApp;
  /** Keep sessions in a Redis server started for the test. */
  redis?: boolean;
  accessTokenTtl?: number;
}

export interface Stack {
  idp: Idp;
  sample: Sample;
  redis: Redis | undefined;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

export async function startStack({ app = appRouterSample, redis: withRedis = false, accessTokenTtl }: StackOptions = {}): Promise<Stack> {
  await ensureSampleBuild(app);
  const started: Partial<Stack> = {};
  try {
    started.redis = withRedis ? await startRedis() : undefined;
    const { port, baseUrl } = await reserveSamplePort();
    // The provider registers every sample's client; those not under test get an address where nothing listens.
    started.idp = await startIdp({ baseUrls: { [app.entry.name]: baseUrl }, accessTokenTtl });
    started.sample = await startSample({ idpEndpoint: started.idp.endpoint, port, redisUrl: started.redis?.url, app });
    started.browser = await launchBrowser();
    started.context = await started.browser.newContext();
    started.page = await started.context.newPage();
  } catch (error) {
    // Nothing may outlive a failed start-up.
    await stopStack(started);
    throw error;
  }
  return started as Stack;
}

/** Stops what is running, browser first; pass the current sample if a test restarted it. */
export async function stopStack(stack: Partial<Stack>): Promise<void> {
  await stack.browser?.close();
  await stack.sample?.stop();
  await stack.idp?.stop();
  await stack.redis?.stop();
}
