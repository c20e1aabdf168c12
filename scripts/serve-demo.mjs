// The demo news site: a static HTTP server (node:http, no dependencies) that serves
// tests/fixtures/site/<hostname>/<path> by the request's host name, plus the generated pages of
// demo-pages.mjs on any host. It also works as a plain HTTP proxy, so a browser pointed at it sends
// it every request it makes, to any host; every request is recorded (the e2e privacy test reads
// `requests`). Nothing is ever forwarded: unknown hosts get 502, CONNECT tunnels are refused.
//
//   import { startDemoServer } from './serve-demo.mjs';
//   const demo = await startDemoServer({ port: 0 });   // demo.port, demo.url('www.northwire.example', '/')
//   node scripts/serve-demo.mjs [--port 8480]           // npm run serve-demo
import http from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatedPage, GENERATED_PATHS } from './demo-pages.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SITE_ROOT = path.join(REPO, 'tests/fixtures/site');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};
const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
/** The demo outlets; each serves tests/fixtures/site/<host>/ and the generated pages. */
export const DEMO_HOSTS = ['www.northwire.example', 'www.meridianherald.example', 'news.bcn.example', 'www.harbourgazette.example', 'www.aawire.example'];

/** The demo outlets plus any other host that has a folder under the site root. */
async function listHosts(root) {
  let folders = [];
  try {
    const entries = await fs.readdir(root, { withFileTypes: true });
    folders = entries.filter((e) => e.isDirectory() && e.name.includes('.')).map((e) => e.name);
  } catch {
    // no site folder yet: the generated pages still work
  }
  return [...new Set([...DEMO_HOSTS, ...folders])].sort();
}

/** Resolves a URL path inside `dir`, or null when it would leave it. */
function safeJoin(dir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(dir, '.' + path.posix.normalize('/' + decoded));
  return full === dir || full.startsWith(dir + path.sep) ? full : null;
}

async function readFileFor(dir, urlPath) {
  const full = safeJoin(dir, urlPath);
  if (!full) return null;
  for (const candidate of urlPath.endsWith('/') ? [path.join(full, 'index.html')] : [full, path.join(full, 'index.html')]) {
    try {
      const stat = await fs.stat(candidate);
      if (stat.isFile()) return { body: await fs.readFile(candidate), type: TYPES[path.extname(candidate).toLowerCase()] ?? 'application/octet-stream' };
    } catch {
      // try the next candidate
    }
  }
  return null;
}

function indexPage(hosts, port) {
  const link = (h, p) => `<li><a href="http://${h}:${port}${p}">${h}${p}</a></li>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sourcelight demo site</title></head><body>
<h1>Sourcelight demo site</h1><p>Outlets (their names resolve here only in a browser started by the tests or <code>npm start</code>):</p>
<ul>${hosts.map((h) => link(h, '/')).join('')}</ul>
<p>Generated pages (on any outlet host):</p><ul>${GENERATED_PATHS.map((p) => link(hosts[0] ?? 'localhost', p)).join('')}</ul>
</body></html>`;
}

/**
 * Starts the demo server. `port: 0` picks a free port. Resolves once it listens.
 * @param {{ port?: number, root?: string, listenHost?: string, log?: (line: string) => void }} [options]
 */
export async function startDemoServer({ port = 0, root = SITE_ROOT, listenHost = '127.0.0.1', log } = {}) {
  /** @type {{ time: number, method: string, url: string, host: string, path: string, proxied: boolean, status: number, headers: Record<string, string | undefined> }[]} */
  const requests = [];
  const record = (req, entry) => {
    const h = req.headers;
    const rec = { time: Date.now(), method: req.method ?? '', ...entry, headers: { referer: h.referer, origin: h.origin, 'user-agent': h['user-agent'], 'sec-fetch-site': h['sec-fetch-site'], 'sec-fetch-dest': h['sec-fetch-dest'], 'sec-fetch-mode': h['sec-fetch-mode'] } };
    requests.push(rec);
    log?.(`${rec.status} ${rec.method} ${rec.url}`);
    return rec;
  };

  const server = http.createServer(async (req, res) => {
    const proxied = /^https?:\/\//i.test(req.url ?? '');
    let target;
    try {
      target = new URL(req.url ?? '/', proxied ? undefined : `http://${req.headers.host ?? 'localhost'}`);
    } catch {
      res.writeHead(400).end();
      record(req, { url: String(req.url), host: '', path: '', proxied, status: 400 });
      return;
    }
    const host = target.hostname.toLowerCase();
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      record(req, { url: target.href, host, path: target.pathname, proxied, status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const hosts = await listHosts(root);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n');
      if (LOCAL_NAMES.has(host) && target.pathname === '/') return send(200, indexPage(hosts, server.address().port), TYPES['.html']);
      if (!hosts.includes(host) && !LOCAL_NAMES.has(host)) return send(502, 'not a demo host; this server forwards nothing\n');
      // Pages have inline icons; answering the browsers' automatic favicon request keeps 404s
      // (console errors) out of the e2e console check.
      if (target.pathname === '/favicon.ico') return send(204, '');
      const generated = generatedPage(target.pathname, target.origin);
      if (generated) return send(200, generated, TYPES['.html']);
      const file = hosts.includes(host) ? await readFileFor(path.join(root, host), target.pathname) : null;
      if (!file) return send(404, 'not found\n');
      return send(200, file.body, file.type);
    } catch (err) {
      return send(500, `server error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  });
  // HTTPS through a proxy arrives as CONNECT: record it and refuse, so it shows in the log.
  server.on('connect', (req, socket) => {
    record(req, { url: `https://${req.url}/`, host: String(req.url).replace(/:\d+$/, ''), path: '', proxied: true, status: 403 });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, listenHost, () => resolve(undefined));
  });
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    port: actualPort,
    root,
    requests,
    /** The demo hosts (folders under the site root). */
    hosts: () => listHosts(root),
    /** http://HOST:PORT/PATH for a demo host. */
    url: (host, p = '/') => `http://${host}:${actualPort}${p.startsWith('/') ? p : '/' + p}`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve(undefined)); }),
  };
}

// Run directly: serve until stopped, logging each request.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8480;
  const demo = await startDemoServer({ port, log: (l) => console.log(l) });
  console.log(`Sourcelight demo site on http://127.0.0.1:${demo.port}/ (hosts: ${(await demo.hosts()).join(', ') || 'none yet'})`);
  console.log(`Open outlet pages as http://HOST:${demo.port}/ in a browser that maps *.example to 127.0.0.1.`);
}
