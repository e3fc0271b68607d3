import 'server-only';
import { and, asc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { db, prepared, type Db } from '@/db';
import { linkedLicences, linkedVehicles } from './links';
import {
  drivingLicences,
  fines,
  licenceLinks,
  paymentItems,
  vehicleLinks,
  vehicles,
} from '@/db/schema';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { env } from '@/server/env';
import { fineAccessToken, fineAccessValid } from '@/lib/fines/access';
import { fineDeadlines } from '@/lib/fines/deadlines';
import { discountCountdown, fineStatus, type FineStatus } from '@/lib/fines/status';
import type { Fine } from '@/lib/fines/view';
import { isUuid } from '@/lib/registry/identifiers';
import { lockRemainingMs } from '@/lib/auth/throttle-rules';
import { readThrottle, recordThrottleFailure, throttleKey } from './throttle';
import { recordUse, type UsageActor } from './usage';

// Traffic fines as residents and visitors see them. A fine is the viewer's when it names a vehicle
// or a driving licence linked to them; anyone else reaches a fine only through a check that proves
// its documents (plate with СТС, licence with its issue date, or the УИН printed on the decision),
// whose answer carries a short-lived token per fine (lib/fines/access). Status and the amount due
// are computed here from lib/fines's rules at the moment of reading, never stored.

export type { Fine };

const columns = {
  id: fines.id,
  uin: fines.uin,
  article: fines.article,
  articleTitle: fines.articleTitle,
  place: fines.place,
  offenceAt: fines.offenceAt,
  decisionDate: fines.decisionDate,
  decisionNumber: fines.decisionNumber,
  amountKopecks: fines.amountKopecks,
  camera: fines.camera,
  officer: fines.officer,
  paidAt: fines.paidAt,
  plate: vehicles.plate,
  vehicleModel: vehicles.model,
  ownerName: vehicles.ownerName,
  licenceNumber: drivingLicences.number,
  holderName: drivingLicences.holderName,
  paymentInProgress: sql<boolean>`exists (
    select 1 from ${paymentItems} i
    where i.kind = 'fine' and i.ref_id = ${fines.id} and i.status in ('created', 'pending'))`,
};

const selectFines = (where: SQL | undefined, d: Db = db) =>
  d
    .select(columns)
    .from(fines)
    .leftJoin(vehicles, eq(vehicles.id, fines.vehicleId))
    .leftJoin(drivingLicences, eq(drivingLicences.id, fines.licenceId))
    .where(where)
    .orderBy(asc(fines.decisionDate), asc(fines.uin))
    .limit(500);

type FineRow = Awaited<ReturnType<typeof selectFines>>[number];

function withStatus(row: FineRow, now: Date): Fine {
  const status = fineStatus(row, now);
  return {
    ...row,
    status,
    deadlines: fineDeadlines(row.decisionDate, row.article),
    countdown: status.kind === 'discount' ? discountCountdown(now, status.until) : null,
  };
}

/** What needs paying first comes first: the discount ending soonest, then due, overdue, paid. */
const urgency: Record<FineStatus['kind'], number> = { discount: 0, due: 1, overdue: 2, paid: 3 };

function byUrgency(a: Fine, b: Fine): number {
  const order = urgency[a.status.kind] - urgency[b.status.kind];
  if (order !== 0) return order;
  if ('until' in a.status && 'until' in b.status && a.status.until !== b.status.until)
    return a.status.until < b.status.until ? -1 : 1;
  if (a.paidAt && b.paidAt) return b.paidAt.getTime() - a.paidAt.getTime();
  return a.decisionDate < b.decisionDate ? 1 : a.decisionDate > b.decisionDate ? -1 : 0;
}

/** SQL: the fine `f` names a vehicle or licence linked to `userId`. */
export const fineOwnedBy = (userId: string | SQLWrapper, f: SQL = sql`${fines}`) => sql`(
  exists (select 1 from ${vehicleLinks} vl where vl.vehicle_id = ${f}.vehicle_id and vl.user_id = ${userId}::uuid)
  or exists (select 1 from ${licenceLinks} ll where ll.licence_id = ${f}.licence_id and ll.user_id = ${userId}::uuid))`;

export type MyFines = {
  vehicles: { id: string; plate: string; model: string }[];
  licences: { id: string; number: string }[];
  fines: Fine[];
};

/** The fines of the viewer's linked vehicles and licences, most urgent first; null for nobody. */
export async function listMyFines(viewer: Viewer | null, now: Date): Promise<MyFines | null> {
  if (!canUseResidentServices(viewer)) return null;
  const [myVehicles, myLicences] = await Promise.all([
    linkedVehicles(viewer.id),
    linkedLicences(viewer.id),
  ]);
  // Read on every visit to the cabinet and the fines page: prepared once.
  const rows = await prepared('my_fines', (d) =>
    selectFines(fineOwnedBy(sql.placeholder('userId')), d).prepare('my_fines'),
  ).execute({ userId: viewer.id });
  return {
    vehicles: myVehicles.map(({ id, plate, model }) => ({ id, plate, model })),
    licences: myLicences.map(({ id, number }) => ({ id, number })),
    fines: rows.map((r) => withStatus(r, now)).sort(byUrgency),
  };
}

/** A check as the form parsed it: values in the registry's spelling (lib/fines parsers). */
export type FineCheck =
  | { by: 'vehicle'; plate: string; sts: string }
  | { by: 'licence'; number: string; issuedOn: string }
  | { by: 'uin'; uin: string };

export type CheckedFine = Fine & { accessToken: string };

export type CheckResult =
  | { status: 'found'; fines: CheckedFine[] }
  /** No vehicle with this plate and СТС, no licence with this number and date, no such УИН. */
  | { status: 'notFound' }
  /** Too many checks that matched nothing from this address or person: try again later. */
  | { status: 'tooManyAttempts' };

const accessSecret = () => env().AUTH_SECRET;

/**
 * A check by documents, open to anyone: both documents must match one record, so knowing a plate
 * alone shows nothing. Each fine found comes with a token that opens its page for a while. Checks
 * that match nothing are counted per address and per person (`throttle`: the keys to count under),
 * so a licence's issue date cannot be guessed. Every check is one use of the service.
 */
export async function checkFines(
  check: FineCheck,
  who: { actor: UsageActor; throttle: string[] },
  now: Date,
): Promise<CheckResult> {
  const keys = who.throttle.map((value) => throttleKey('fineCheck', value));
  const states = await Promise.all(keys.map((key) => readThrottle('fineCheck', key)));
  if (states.some((state) => lockRemainingMs(state, now) > 0)) return { status: 'tooManyAttempts' };
  const result = await findChecked(check, now);
  await db.transaction(async (tx) => {
    if (result.status === 'notFound')
      for (const key of keys) await recordThrottleFailure(tx, 'fineCheck', key, now);
    await recordUse('traffic-fines', who.actor, { tx, at: now });
  });
  return result;
}

async function findChecked(check: FineCheck, now: Date): Promise<CheckResult> {
  let where: SQL | undefined;
  if (check.by === 'vehicle') {
    const [vehicle] = await db
      .select({ id: vehicles.id })
      .from(vehicles)
      .where(and(eq(vehicles.plate, check.plate), eq(vehicles.sts, check.sts)));
    if (!vehicle) return { status: 'notFound' };
    where = eq(fines.vehicleId, vehicle.id);
  } else if (check.by === 'licence') {
    const [licence] = await db
      .select({ id: drivingLicences.id })
      .from(drivingLicences)
      .where(
        and(eq(drivingLicences.number, check.number), eq(drivingLicences.issuedOn, check.issuedOn)),
      );
    if (!licence) return { status: 'notFound' };
    where = eq(fines.licenceId, licence.id);
  } else {
    where = eq(fines.uin, check.uin);
  }
  const rows = await selectFines(where);
  if (check.by === 'uin' && rows.length === 0) return { status: 'notFound' };
  const secret = accessSecret();
  return {
    status: 'found',
    fines: rows
      .map((r) => ({ ...withStatus(r, now), accessToken: fineAccessToken(r.id, now, secret) }))
      .sort(byUrgency),
  };
}

export type FineForViewer = Fine & {
  /** Names the viewer's linked vehicle or licence: theirs to pay from the portal. */
  mine: boolean;
};

/**
 * One fine, for its page, photo and decision: the viewer's own, or one a check opened (`token`).
 * Anyone else's, a malformed id or an expired token is null, answered as not found.
 */
export async function getFine(
  viewer: Viewer | null,
  id: string,
  token: string | null | undefined,
  now: Date,
): Promise<FineForViewer | null> {
  if (!isUuid(id)) return null;
  const resident = canUseResidentServices(viewer) ? viewer : null;
  const [row] = await db
    .select({
      ...columns,
      mine: resident ? fineOwnedBy(resident.id).mapWith(Boolean) : sql<boolean>`false`,
    })
    .from(fines)
    .leftJoin(vehicles, eq(vehicles.id, fines.vehicleId))
    .leftJoin(drivingLicences, eq(drivingLicences.id, fines.licenceId))
    .where(eq(fines.id, id));
  if (!row) return null;
  if (!row.mine && !fineAccessValid(id, token, now, accessSecret())) return null;
  return { ...withStatus(row, now), mine: row.mine };
}
