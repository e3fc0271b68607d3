// The city's clock: Moscow's wall-clock time of an instant and the instant of a wall-clock time.
// Every date and time the portal shows, stores as a day or reasons about is the city's, and this is
// the one place the time zone is applied (the formatters take the same constant).

/** The city's time zone. Moscow was UTC+4 until 26 October 2014 and UTC+3 since. */
export const CITY_TIME_ZONE = 'Europe/Moscow';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: CITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export type WallClock = Readonly<{
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}>;

// formatToParts is slow next to everything else here, and a request asks about the same few
// instants (now, a window's edges) many times: the latest answers are kept.
const wallClocks = new Map<number, WallClock>();
const WALL_CLOCKS_KEPT = 512;

/** The city's wall-clock time of an instant. */
export function moscowWallClock(instant: Date): WallClock {
  const at = instant.getTime();
  const known = wallClocks.get(at);
  if (known) return known;
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const clock = Object.freeze({
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
  });
  if (wallClocks.size >= WALL_CLOCKS_KEPT) wallClocks.clear();
  wallClocks.set(at, clock);
  return clock;
}

/** The city's calendar day of an instant, `YYYY-MM-DD` (the form a `date` column takes). */
export function moscowDate(instant: Date): string {
  const { year, month, day } = moscowWallClock(instant);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The instant at which the city's clocks show the given time (month 1–12). The offset comes from the
 * time-zone database, not a constant, so 2014's UTC+4 is right.
 */
export function moscowTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let guess = wanted - 3 * 3_600_000;
  for (let i = 0; i < 2; i++) {
    const seen = moscowWallClock(new Date(guess));
    const shown = Date.UTC(
      seen.year,
      seen.month - 1,
      seen.day,
      seen.hour,
      seen.minute,
      seen.second,
      ms,
    );
    guess += wanted - shown;
  }
  return new Date(guess);
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
