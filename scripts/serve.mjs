// The portal's production server: Next.js behind a plain Node HTTP server that decides the client's
// address from the connection before Next sees the request (decision 024). `next start` would keep
// whatever `X-Forwarded-For` the client sent, and every per-address limit would trust it.
// Usage: node scripts/serve.mjs [-p <port>]   (PORT, default 3000; TRUSTED_PROXIES, default none)
import { createServer } from 'node:http';
import next from 'next';
import { clientAddressOf, isTrustedPeer, trustedProxies } from './client-address.mjs';

const flag = process.argv.indexOf('-p');
const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3000));
process.env.PORT = String(port);
const trusted = trustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

/** Headers a proxy sets about the original request: believed only from a trusted proxy. */
const forwarded = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'];

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress;
  if (!isTrustedPeer(peer, trusted)) for (const name of forwarded) delete req.headers[name];
  delete req.headers['x-real-ip'];
  // The one address the portal reads (lib/security/client-address.ts); Next keeps a value set here.
  req.headers['x-forwarded-for'] = clientAddressOf(peer, req.headers['x-forwarded-for'], trusted);
  void handle(req, res);
});

// Longer than a proxy's idle keep-alive (60 s for nginx's default upstream), so the proxy closes first.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, () => console.log(`[serve] http://localhost:${port}`));

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold the close open; give requests in flight a moment.
    setTimeout(() => process.exit(0), 5_000).unref();
    server.closeIdleConnections();
  });
