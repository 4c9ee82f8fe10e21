/**
 * An HTTP server on 127.0.0.1 with oidc-provider mounted under `/oidc`, so the
 * SDK finds discovery at `${endpoint}/oidc/.well-known/openid-configuration`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleInteraction, sendHtml } from './interactions.js';
import { errorPage } from './pages.js';
import { createProvider } from './provider.js';
import type { IdpSettings } from './settings.js';

export interface RunningIdp {
  /** The value for the sample's LOGTO_ENDPOINT, e.g. http://127.0.0.1:3001 */
  endpoint: string;
  issuer: string;
  close: () => Promise<void>;
}

const mountPath = '/oidc';
const interactionRoute = /^\/oidc\/interaction\/([\w-]+)(?:\/(login|consent))?$/;

export async function startIdp(settings: IdpSettings): Promise<RunningIdp> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const issuer = `${endpoint}${mountPath}`;
  const provider = createProvider(issuer, settings);
  const providerCallback = provider.callback();

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    // No page of the provider may be framed: sign-in, consent, errors, end-session.
    response.setHeader('x-frame-options', 'DENY');
    response.setHeader('content-security-policy', "frame-ancestors 'none'");
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const interaction = interactionRoute.exec(path);
    if (interaction) {
      const step = interaction[2] as 'login' | 'consent' | undefined;
      if ((step === undefined && request.method !== 'GET') || (step !== undefined && request.method !== 'POST')) {
        return sendHtml(response, 405, errorPage('Method not allowed', `${request.method} is not allowed here.`));
      }
      handleInteraction(provider, request, response, step ?? 'show').catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!response.headersSent) {
          sendHtml(response, 400, errorPage('Sign-in failed', `${message}. Start the sign-in again from the app.`));
        }
      });
      return;
    }
    if (path === mountPath || path.startsWith(`${mountPath}/`)) {
      // oidc-provider works out its mount path from the original URL.
      Object.assign(request, { originalUrl: request.url });
      request.url = request.url!.slice(mountPath.length) || '/';
      providerCallback(request, response);
      return;
    }
    if (path === '/') {
      response.writeHead(302, { location: `${issuer}/.well-known/openid-configuration` });
      response.end();
      return;
    }
    sendHtml(response, 404, errorPage('Not found', `Nothing at ${path}. The provider lives under ${mountPath}.`));
  });

  return {
    endpoint,
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
