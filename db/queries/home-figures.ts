import 'server-only';
import { and, count, gte, inArray, lt, sql } from 'drizzle-orm';
import { db } from '@/db';
import { usageEvents, users } from '@/db/schema';
import { moscowTime, moscowWallClock } from '@/lib/city';
import type { UsageSpec } from '@/lib/usage/spec';

// The portal's own figures for its home page: registered users, and this year's uses of the services
// and money paid through them. The home page is the most visited page, so the figures are read at most
// once a minute per process, and the year's closed days (the costly part: every use since January) once
// a day; only today's uses are counted again each minute, on the (service, occurred_at) index.

export type HomeFigures = {
  /** The city's year that the uses and payments are of. */
  year: number;
  registeredUsers: number;
  /** Uses of the services this year; paying through a service is a use of it. */
  usesThisYear: number;
  /** Money paid through the portal this year, in kopecks (refunds not taken off). */
  paidThisYearKopecks: number;
};

/** The usage names the figures count, as services/registry.ts lists them (`usageSpecs()`). */
export type CountedUsage = readonly Pick<UsageSpec, 'name' | 'counts'>[];

type Totals = { uses: number; paidKopecks: number };

async function usageBetween(specs: CountedUsage, from: Date, to: Date): Promise<Totals> {
  const uses = specs.filter((s) => s.counts === 'use' || s.counts === 'payment').map((s) => s.name);
  const payments = specs.filter((s) => s.counts === 'payment').map((s) => s.name);
  if (uses.length === 0 || from >= to) return { uses: 0, paidKopecks: 0 };
  const isPayment = payments.length > 0 ? inArray(usageEvents.service, payments) : sql`false`;
  const [row] = await db
    .select({
      uses: count(),
      paidKopecks:
        sql`coalesce(sum(${usageEvents.amountKopecks}) filter (where ${isPayment}), 0)`.mapWith(
          Number,
        ),
    })
    .from(usageEvents)
    .where(
      and(
        inArray(usageEvents.service, uses),
        gte(usageEvents.occurredAt, from),
        lt(usageEvents.occurredAt, to),
      ),
    );
  return { uses: row?.uses ?? 0, paidKopecks: row?.paidKopecks ?? 0 };
}

async function registeredUsers(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

/** The city's year of `now`, its first instant, the start of today and the start of next year. */
function yearOf(now: Date) {
  const { year, month, day } = moscowWallClock(now);
  return {
    year,
    start: moscowTime(year, 1, 1),
    today: moscowTime(year, month, day),
    end: moscowTime(year + 1, 1, 1),
  };
}

const add = (a: Totals, b: Totals): Totals => ({
  uses: a.uses + b.uses,
  paidKopecks: a.paidKopecks + b.paidKopecks,
});

async function figures(
  specs: CountedUsage,
  now: Date,
  closedDays: (from: Date, to: Date) => Promise<Totals>,
): Promise<HomeFigures> {
  const { year, start, today, end } = yearOf(now);
  const [people, closed, open] = await Promise.all([
    registeredUsers(),
    closedDays(start, today),
    usageBetween(specs, today, end),
  ]);
  const total = add(closed, open);
  return {
    year,
    registeredUsers: people,
    usesThisYear: total.uses,
    paidThisYearKopecks: total.paidKopecks,
  };
}

/** The figures as the database has them at `now`, read in full (for tests and one-off reports). */
export function readHomeFigures(specs: CountedUsage, now: Date): Promise<HomeFigures> {
  return figures(specs, now, (from, to) => usageBetween(specs, from, to));
}

/** How long the home page shows the same figures. */
export const HOME_FIGURES_FRESH_MS = 60_000;

let latest: { at: number; figures: Promise<HomeFigures> } | undefined;
let closedDays: { key: string; totals: Promise<Totals> } | undefined;

/** Forgets what this process remembers: the start of a test that reads the figures again. */
export function forgetHomeFigures(): void {
  latest = undefined;
  closedDays = undefined;
}

/**
 * The figures for the home page: the same answer for a minute, so a busy home page costs the database
 * one small read a minute. A use recorded for a past day after that day closed (none are, in
 * practice) shows from the next day on.
 */
export function homeFigures(specs: CountedUsage, now: Date = new Date()): Promise<HomeFigures> {
  const at = now.getTime();
  if (latest && at >= latest.at && at - latest.at < HOME_FIGURES_FRESH_MS) return latest.figures;
  const next = figures(specs, now, (from, to) => {
    const key = `${from.toISOString()}/${to.toISOString()}/${specs.map((s) => s.name).join()}`;
    if (closedDays?.key === key) return closedDays.totals;
    const totals = usageBetween(specs, from, to);
    closedDays = { key, totals };
    totals.catch(() => {
      if (closedDays?.totals === totals) closedDays = undefined;
    });
    return totals;
  });
  latest = { at, figures: next };
  next.catch(() => {
    if (latest?.figures === next) latest = undefined;
  });
  return next;
}
