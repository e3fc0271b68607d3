// The traffic-fines check by plate and СТС as a visitor's browser sends it: the /fines page's server
// action, recorded once from a real browser and replayed for other cars. What depends on the page's
// markup and the action's answer is kept in three places below (captureFineCheck, fineCheckRequest,
// foundFines).
import { captureServerAction, withFormFields } from './capture.mjs';

/**
 * The cars with fines in the registry, in the registry's spelling, each with the УИН of one of its
 * fines (any check of the car answers all of them).
 * @param {import('postgres').Sql} sql
 * @returns {Promise<{ plate: string, sts: string, uin: string }[]>}
 */
export async function carsWithFines(sql) {
  return sql`
    select v.plate, v.sts, min(f.uin) as uin
    from vehicles v join fines f on f.vehicle_id = v.id
    group by v.id
    order by v.plate`;
}

/** Records the browser's own request as an anonymous visitor checks `car` by plate and СТС on /fines. */
export async function captureFineCheck(base, car) {
  const request = await captureServerAction({
    url: `${base}/fines`,
    act: async (page) => {
      const form = page.locator('form:has(input[name="plate"])');
      await form.locator('input[name="plate"]').fill(car.plate);
      await form.locator('input[name="sts"]').fill(car.sts);
      await form.locator('button[type=submit]').click();
    },
  });
  return { ...request, car };
}

/**
 * The recorded check for another car: the plate and СТС fields replaced. `uin` goes along for
 * `foundFines` to look for in the answer.
 * @returns {{ headers: Record<string, string>, body: Buffer, uin: string }}
 */
export function fineCheckRequest(template, car) {
  const body = withFormFields(template.body, { plate: car.plate, sts: car.sts });
  return { headers: template.headers, body: Buffer.from(body, 'latin1'), uin: car.uin };
}

/**
 * Whether the action's answer lists the car's fines. It answers 200 whatever it found (a miss is a
 * form error in the payload), so only the УИН in the payload tells a found check from a miss.
 */
export function foundFines(body, request) {
  return body.includes(request.uin);
}

/** Sends one replayed check; answers whether it found the car's fines, and the start of its body. */
export async function sendFineCheck(template, request) {
  const res = await fetch(template.url, {
    method: 'POST',
    redirect: 'manual',
    headers: request.headers,
    body: request.body,
  });
  const body = Buffer.from(await res.arrayBuffer());
  return {
    found: res.status === 200 && foundFines(body, request),
    status: res.status,
    text: body.toString('utf8').slice(0, 300),
  };
}
