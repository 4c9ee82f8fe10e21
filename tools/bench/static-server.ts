/**
 * A static server for a built site, as a static host serves it: gzip for text
 * types, `/a` answered from `a.html` (trailingSlash: false), `/a/` from
 * `a/index.html`, a 404 page for the rest; hashed files under /assets/
 * cached for a year, everything else revalidated. Listens on a free loopback port.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

function resolveFile(root: string, pathname: string): string | undefined {
  const target = path.join(root, decodeURIComponent(pathname));
  if (!target.startsWith(root)) return undefined;
  const candidates = [target, `${target.replace(/\/$/, '')}.html`, path.join(target, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export interface StaticServer {
  origin: string;
  stop(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(root, pathname);
    const status = file === undefined ? 404 : 200;
    const served = file ?? path.join(root, '404.html');
    const type = types[path.extname(served)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(served);
    // Hashed bundles never change under their name; pages and images may.
    const cacheControl = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': cacheControl };
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = cache.get(served) ?? gzipSync(body, { level: 6 });
      cache.set(served, body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
