// The two floors every write benchmark is measured beside, in the same run and on the same
// PostgreSQL database: a bare node:http + postgres server doing one INSERT per request (the
// machine's floor) and a minimal Next.js server action doing the same INSERT (bench/floor-app, the
// framework's floor).
import http from 'node:http';
import { existsSync } from 'node:fs';
import postgres from 'postgres';
import { captureServerAction } from './capture.mjs';
import { run, startNext } from './servers.mjs';

/**
 * Builds the floor app if needed, creates the floors' table in `pgUrl` and starts both floors on
 * `port` (bare) and `port + 1` (the floor app). `scenarios()` gives their two load rows; `stored()`
 * counts the rows they have inserted.
 */
export async function startFloors(pgUrl, port) {
  if (!existsSync('bench/floor-app/.next/BUILD_ID') || process.argv.includes('--rebuild')) {
    run('npx', ['next', 'build'], { NODE_ENV: 'production' }, 'bench/floor-app');
  }
  const sql = postgres(pgUrl, { max: 10, onnotice: () => {} });
  await sql`create table bench_floor_readings (id bigserial primary key, meter_id text not null, value numeric(12,3) not null, at timestamptz not null default now())`;

  // The machine's floor: node:http + postgres, one INSERT per request from a urlencoded form.
  const bare = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      try {
        const form = new URLSearchParams(body);
        await sql`insert into bench_floor_readings (meter_id, value) values (${form.get('meterId')}, ${form.get('value')})`;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise((r) => bare.listen(port, '127.0.0.1', r));
  const stopApp = await startNext(
    port + 1,
    { DATABASE_URL: pgUrl },
    { dir: 'bench/floor-app', health: '/' },
  );

  const stored = async () => (await sql`select count(*)::int as n from bench_floor_readings`)[0].n;
  return {
    sql,
    stored,
    async scenarios() {
      const action = await captureServerAction({
        url: `http://localhost:${port + 1}/`,
        act: (page) => page.click('button[type=submit]'),
      });
      return [
        {
          name: 'bare node:http + INSERT (machine floor)',
          url: `http://127.0.0.1:${port}/`,
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: () => 'meterId=floor-meter&value=123.456',
          stored,
        },
        {
          name: 'minimal server action + INSERT (framework floor)',
          url: action.url,
          method: 'POST',
          headers: action.headers,
          body: () => action.body,
          stored,
        },
      ];
    },
    async stop() {
      stopApp();
      bare.close();
      await sql.end();
    },
  };
}
