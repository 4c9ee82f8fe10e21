/**
 * Failed-login throttling: at most 5 failures per minute for one account, and
 * 20 per minute from one IP address (several people may share one); past that,
 * the sign-in form answers 429 until the minute is over. Entries are dropped
 * once their window has passed.
 */
const accountLimit = 5;
const ipLimit = 20;
const windowMs = 60_000;

interface Window {
  failures: number;
  resetAt: number;
}

const windows = new Map<string, Window>();

function current(key: string, now: number): Window | undefined {
  const window = windows.get(key);
  if (window && window.resetAt <= now) {
    windows.delete(key);
    return undefined;
  }
  return window;
}

function keys(account: string, ip: string): Array<[string, number]> {
  return [
    [`account:${account.trim().toLowerCase()}`, accountLimit],
    [`ip:${ip}`, ipLimit],
  ];
}

/** Seconds until a login for this account from this IP may be tried again; 0 when allowed. */
export function retryAfterSeconds(account: string, ip: string, now = Date.now()): number {
  let wait = 0;
  for (const [key, limit] of keys(account, ip)) {
    const window = current(key, now);
    if (window && window.failures >= limit) wait = Math.max(wait, Math.ceil((window.resetAt - now) / 1000));
  }
  return wait;
}

export function recordFailure(account: string, ip: string, now = Date.now()): void {
  for (const [key] of keys(account, ip)) {
    const window = current(key, now) ?? { failures: 0, resetAt: now + windowMs };
    window.failures += 1;
    windows.set(key, window);
  }
}

// Forget windows that are over, so addresses and names tried once do not pile up.
setInterval(() => {
  const now = Date.now();
  for (const key of windows.keys()) current(key, now);
}, windowMs).unref();
