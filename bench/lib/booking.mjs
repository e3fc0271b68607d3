// Booking a doctor as residents' browsers do it: the booking page's server action, recorded once from
// a real browser and replayed for other residents and other slots. What depends on the page's markup
// and the action's answer is kept in four places below (bookingPage, captureBooking, bookingRequest,
// answerOf).
import { spawnSync } from 'node:child_process';
import { captureServerAction, withFormFields } from './capture.mjs';
import { signIn } from './servers.mjs';

const PASSWORD = 'MoyGorod-2014';

/**
 * Creates the storm's and the load's residents and plans their bookings (bench/prepare-patients.ts)
 * in the database `env` points at.
 * @returns {import('../prepare-patients').Prepared}
 */
export function preparePatients({ storm, load }, env) {
  const r = spawnSync(
    'npx',
    [
      'tsx',
      '--conditions=react-server',
      'bench/prepare-patients.ts',
      '--storm',
      String(storm),
      '--load',
      String(load),
    ],
    { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`prepare-patients failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

/** The storm through the Data Access Layer alone (bench/storm-dal.ts); its figures, printed too. */
export function stormThroughDal(prepared, env) {
  const r = spawnSync('npx', ['tsx', 'bench/storm-dal.ts'], {
    env: { ...process.env, ...env },
    input: JSON.stringify({ storm: prepared.storm }),
    encoding: 'utf8',
  });
  const lines = r.stdout.trim().split('\n');
  if (r.stderr) process.stderr.write(r.stderr);
  console.log(lines.slice(0, -1).join('\n'));
  const result = JSON.parse(lines.at(-1));
  return { ...result, exact: r.status === 0 };
}

/** Signs residents in through Auth.js, a few at a time (each is a password hash to verify). */
export async function signInAll(base, residents, parallel = 8) {
  const cookies = new Array(residents.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < residents.length) {
        const i = next++;
        cookies[i] = await signIn(base, residents[i].email, PASSWORD);
      }
    }),
  );
  return cookies;
}

/** The page listing a doctor's free slots, each a form that books it. */
export function bookingPage(base, slot) {
  const query = new URLSearchParams({
    patient: 'self',
    specialty: slot.specialty,
    doctor: slot.doctorId,
    day: slot.day,
  });
  return `${base}/health/appointments/new?${query}`;
}

/**
 * Records the browser's own request as the probe resident books `slot` on its doctor's page. The
 * recording books it for real: the probe and its slot are kept out of the storm and the load.
 */
export async function captureBooking(base, cookie, slot) {
  const request = await captureServerAction({
    url: bookingPage(base, slot),
    cookie,
    // One form for the shown day's times (bookingPage asks for the slot's day); each a submit button.
    act: (page) => page.click(`button[type=submit][name="slotId"][value="${slot.id}"]`),
  });
  return { ...request, slot };
}

/**
 * The recorded booking as another resident (their session cookie) taking another slot. Form fields
 * are replaced by name, whatever prefix React's encoding gives them; the recorded slot's and doctor's
 * ids anywhere else in the body (a bound argument, the previous state) are replaced as well.
 * @returns {{ headers: Record<string, string>, body: Buffer }}
 */
export function bookingRequest(template, slot, cookie) {
  const body = withFormFields(template.body, {
    slotId: slot.id,
    doctor: slot.doctorId,
    specialty: slot.specialty,
    day: slot.day,
  })
    .replaceAll(template.slot.id, slot.id)
    .replaceAll(template.slot.doctorId, slot.doctorId);
  return { headers: { ...template.headers, cookie }, body: Buffer.from(body, 'latin1') };
}

/**
 * What the action answered. Every answer is a redirect (app/(resident)/health/appointments/actions.ts):
 * to the ticket, `/health/appointments/<id>?booked=1`, when booked; back to the booking page with
 * `?error=slotTaken` when someone else took the slot first; anything else is 'other' (or 'error' for a
 * 5xx).
 */
export function answerOf(status, headers) {
  const redirect = headers.get('x-action-redirect') ?? '';
  if (/\/health\/appointments\/[0-9a-f-]{36}\?booked=1/.test(redirect)) return 'booked';
  if (redirect.includes('error=slotTaken')) return 'taken';
  return status >= 500 ? 'error' : 'other';
}

/** Sends one replayed booking; answers its status, the classified answer and the start of its body. */
export async function sendBooking(template, request) {
  const res = await fetch(template.url, {
    method: 'POST',
    redirect: 'manual',
    headers: request.headers,
    body: request.body,
  });
  const text = await res.text();
  return { status: res.status, answer: answerOf(res.status, res.headers), text };
}
