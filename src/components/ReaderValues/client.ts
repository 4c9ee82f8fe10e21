/**
 * Client module of the reader-values feature (registered by
 * src/plugins/reader-features): starts the code-block replacement after the
 * first render, i.e. after hydration, so the server HTML is never contradicted.
 */
import { startReplacing } from './apply.ts';

export function onRouteDidUpdate(): void {
  startReplacing();
}
