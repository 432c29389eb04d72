/**
 * Serves a built archive folder the way a plain static host does, optionally under a base path.
 *
 *   node scripts/serve.ts [--dir dist] [--base /archive/] [--port 4321] [--host 127.0.0.1]
 *
 * Unknown paths get the site's 404.html with status 404, as GitHub Pages, Netlify and
 * Cloudflare Pages do. `--base` defaults to the BASE_PATH the site was built with.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { normaliseBase } from '../src/core/deploy-settings.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found; build the archive first with "npm run build"`);
  process.exit(1);
}
const base = normaliseBase(values.base);
const notFoundPage = join(root, '404.html');
const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
const files = sirv(root, { dev: false, etag: true, extensions: ['html'] });

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const sendNotFound = () => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFound);
  };
  if (base !== '/' && `${url.split('?')[0]}/` === base) {
    response.writeHead(301, { location: base });
    response.end();
    return;
  }
  if (!url.startsWith(base)) {
    sendNotFound();
    return;
  }
  request.url = `/${url.slice(base.length)}`;
  files(request, response, sendNotFound);
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
