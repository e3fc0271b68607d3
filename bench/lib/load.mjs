// A small closed-loop HTTP load generator: N connections, each sending its next request as soon as the
// previous answer arrives, for a fixed time. Bounded in count and time; loopback targets only.
import http from 'node:http';
import zlib from 'node:zlib';

/**
 * @param {{ url: string, connections: number, seconds: number, method?: string,
 *           headers?: Record<string,string>, body?: () => string | Buffer, maxRequests?: number,
 *           ok?: (status: number) => boolean,
 *           answer?: (body: Buffer, request: object | undefined) => boolean,
 *           perConnection?: (connection: number) => { headers: Record<string,string>, body?: Buffer | string } }} opts
 *   perConnection: each connection sends its own request (e.g. its own resident's session and meters);
 *     anything else it returns is handed to `answer` with the response.
 *   answer: reads every response body and counts one it rejects as an error, for answers whose status
 *     says too little (a server action's is 200 whatever it found); without it bodies are discarded.
 */
export async function load(opts) {
  const target = new URL(opts.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname))
    throw new Error('loopback targets only');
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const deadline = performance.now() + opts.seconds * 1000;
  const maxRequests = opts.maxRequests ?? 1_000_000;
  const latencies = [];
  let errors = 0;
  const statuses = {};
  let sent = 0;
  const ok = opts.ok ?? ((s) => s >= 200 && s < 400);

  const one = (connection) =>
    new Promise((resolve) => {
      const own = opts.perConnection?.(connection);
      const body = own ? own.body : opts.body?.();
      const started = performance.now();
      const req = http.request(
        target,
        {
          method: opts.method ?? 'GET',
          agent,
          headers: {
            ...opts.headers,
            ...own?.headers,
            ...(body ? { 'content-length': Buffer.byteLength(body) } : {}),
          },
        },
        (res) => {
          const chunks = [];
          if (opts.answer) res.on('data', (c) => chunks.push(c));
          else res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - started);
            const status = res.statusCode ?? 0;
            const failed = !ok(status)
              ? `${status} ${res.headers.location ?? ''}`
              : opts.answer && !opts.answer(decoded(res, Buffer.concat(chunks)), own)
                ? `${status} unexpected answer`
                : null;
            if (failed) {
              errors++;
              statuses[failed] = (statuses[failed] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        errors++;
        statuses[error.code ?? error.message] = (statuses[error.code ?? error.message] ?? 0) + 1;
        resolve();
      });
      if (body) req.write(body);
      req.end();
    });

  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.connections }, async (_, connection) => {
      while (performance.now() < deadline && sent < maxRequests) {
        sent++;
        await one(connection);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    errors,
    failedStatuses: statuses,
    rps: latencies.length / elapsed,
    p50: pct(50),
    p99: pct(99),
  };
}

/** A body as sent, decompressed: a request recorded from a browser asks for gzip or brotli. */
function decoded(res, body) {
  switch (res.headers['content-encoding']) {
    case 'gzip':
      return zlib.gunzipSync(body);
    case 'br':
      return zlib.brotliDecompressSync(body);
    case 'deflate':
      return zlib.inflateSync(body);
    default:
      return body;
  }
}

export const fmt = (r) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  errors ${r.errors}${r.errors ? ' ' + JSON.stringify(r.failedStatuses) : ''}`;
