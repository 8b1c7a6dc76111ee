// Serves web/dist/ on localhost (gzip when asked, the page's CSP as a header too).
// Usage: node serve.mjs [port]   (default 8080; PORT=0 picks a free one and prints it)
// Framing: the header CSP carries `frame-ancestors` (a <meta> CSP cannot): only the origins
// the deployer lists in FRAME_ANCESTORS (CSP source list, e.g. "https://app.example") may frame
// the page; by default none but the page's own (see docs/hostile.md, "Frame policy").
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, extname, normalize, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The file under `base` a request path names, or null when it is malformed or leads outside. */
export function fileFor(base, urlPath) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null; // a malformed escape such as `/%`
  }
  if (path.includes('\0')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(base, path));
  // Exactly inside: `root + sep` as the prefix, so that a sibling `distX` never matches `dist`.
  return file.startsWith(base + sep) ? file : null;
}

export function serve(port = 8080, host = '127.0.0.1', { frameAncestors = process.env.FRAME_ANCESTORS || "'self'" } = {}) {
  const csp = `${CSP}; frame-ancestors ${frameAncestors}`;
  const common = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  const server = createServer(async (req, res) => {
    const file = fileFor(root, req.url);
    if (!file) { res.writeHead(400, { ...common, 'Content-Type': 'text/plain' }).end('bad path'); return; }
    try {
      let body = await readFile(file);
      const headers = { ...common, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) { body = gzipSync(body, { level: 9 }); headers['Content-Encoding'] = 'gzip'; }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { ...common, 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await serve(port);
  console.log(`养老金测算: http://127.0.0.1:${server.address().port}/`);
}
