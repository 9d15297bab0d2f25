/**
 * Serves dist/ over plain http on http://localhost:3000 (PORT to change it): the browser preview of the pane
 * (outside Office, over the Excel stand-in) for people and for the end-to-end tests. Office itself needs https:
 * use `npm run dev-server` for that.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..', 'dist');
const PORT = Number(process.env.PORT ?? 3000);
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(ROOT, pathname === '/' ? 'taskpane.html' : pathname));
  if (file !== ROOT && !file.startsWith(ROOT + sep)) {
    response.writeHead(403).end();
    return;
  }
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
    return;
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

try {
  statSync(join(ROOT, 'taskpane.html'));
} catch {
  console.error(`dist/taskpane.html is missing: build first (npm run build:dev or npm run build).`);
  process.exit(1);
}

server.listen(PORT, '127.0.0.1', () => {
  console.log(`Preview: http://localhost:${PORT}/taskpane.html (serving ${ROOT}; Ctrl+C to stop)`);
});
