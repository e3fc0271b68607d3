// The water-readings submission as residents' browsers send it: recorded once from a real browser,
// then replayed by each connection as its own resident (session, apartment, meters, values).
import { spawnSync } from 'node:child_process';
import { captureServerAction } from './capture.mjs';
import { signIn } from './servers.mjs';

/**
 * Creates `count` residents with an apartment and two water meters each (bench/prepare-residents.ts)
 * in the database `env` points at.
 * @returns {{ email: string, apartmentId: string, meters: { id: string, last: string }[] }[]}
 */
export function prepareResidents(count, env) {
  const r = spawnSync(
    'npx',
    ['tsx', '--conditions=react-server', 'bench/prepare-residents.ts', String(count)],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`prepare-residents failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

/**
 * Signs every resident in at `base`, records resident 0's submission in Chromium and checks that the
 * replay is accepted for each of them. Returns a `load` scenario with one request per connection.
 */
export async function waterSubmission(base, residents) {
  const cookies = [];
  for (const r of residents) cookies.push(await signIn(base, r.email, 'MoyGorod-2014'));
  const template = await captureWaterSubmission(base, cookies[0], residents[0]);
  // Each request of a connection sends new values (a thousandth of a cubic metre more each time): an
  // identical resubmission is answered with the first receipt and stores nothing, which is not the
  // work a resident's submission costs.
  const sent = residents.map(() => 0);
  const perConnection = (connection) => ({
    headers: { ...template.headers, cookie: cookies[connection] },
    body: substitute(template, residents[0], residents[connection], sent[connection]++),
  });
  // Sanity check before measuring: a replayed request of another resident must be accepted.
  for (let c = 0; c < residents.length; c++) {
    const res = await fetch(template.url, {
      method: 'POST',
      redirect: 'manual',
      ...perConnection(c),
    });
    const text = await res.text();
    if (res.status !== 200 || !text.includes('"success"'))
      throw new Error(
        `replayed submission ${c} answered ${res.status} ${res.headers.get('location') ?? ''} ${text.slice(0, 300)}`,
      );
  }
  // Replayed to the address the browser used: the Origin check of server actions compares the two.
  return { url: template.url, perConnection };
}

/** A resident's values for their `n`-th request: a cubic metre above each meter's last reading, and n litres. */
function valuesOf(resident, n = 0) {
  return resident.meters.map((m) => (Number(m.last) + 1 + n * 0.001).toFixed(3));
}

/** Records the browser's own request as resident 0 fills in and sends the water readings form. */
async function captureWaterSubmission(base, cookie, resident) {
  const values = valuesOf(resident);
  return captureServerAction({
    url: `${base}/meters/water`,
    cookie,
    act: async (page) => {
      for (const [i, meter] of resident.meters.entries()) {
        await page.fill(`input[name="m_${meter.id}_1"]`, values[i]);
      }
      await page.locator('form:has(input[name="apartmentId"]) button[type=submit]').first().click();
    },
  });
}

/** The template request with resident 0's apartment, meters and values swapped for another's. */
function substitute(template, from, to, n) {
  let body = template.body.toString('latin1');
  const fromValues = valuesOf(from);
  const toValues = valuesOf(to, n);
  from.meters.forEach((meter, i) => {
    const field = new RegExp(
      `(m_${meter.id}_1"\\r\\n\\r\\n)${fromValues[i].replace('.', '\\.')}`,
      'g',
    );
    body = body.replace(field, `m_${to.meters[i].id}_1"\r\n\r\n${toValues[i]}`);
    body = body.replaceAll(meter.id, to.meters[i].id);
  });
  body = body.replaceAll(from.apartmentId, to.apartmentId);
  return Buffer.from(body, 'latin1');
}
