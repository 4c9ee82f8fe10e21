// A browser without navigator.clipboard (an insecure http:// origin, older WebViews): the "Your app" feature
// still starts after hydration and still puts the values into the code blocks; only the copy button's
// rewrite is skipped. A separate file, because the feature starts once per page. See ../testing.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { until, window } from '../testing.ts';
import { onRouteDidUpdate } from './client.ts';
import { writeValues } from './store.ts';

test('with no clipboard API, starting does not throw and the code blocks still get the values', async () => {
  Object.defineProperty(window.navigator, 'clipboard', { configurable: true, value: undefined });
  const doc = window.document;
  window.localStorage.clear();
  doc.body.innerHTML = "<pre><code><span>appId: '</span><span>&lt;your-application-id&gt;</span><span>'</span></code></pre>";
  writeValues({ appId: 'no-clipboard' });
  assert.doesNotThrow(() => onRouteDidUpdate());
  const text = () => [...doc.querySelectorAll('span')].map((span) => span.textContent).join('|');
  await until(() => text() === "appId: '|no-clipboard|'", 'the block shows the value');
});
