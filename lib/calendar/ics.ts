// RFC 5545 calendar text: the pieces every calendar file of the portal is written with (an
// appointment's .ics, a resident's feed of deadlines).

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** A TEXT value with backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A content line folded at 75 octets; a multi-byte character is never split (RFC 5545 §3.1). */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      // A continuation line starts with a space, which counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** An instant in UTC as `YYYYMMDDTHHMMSSZ`. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** A calendar day `YYYY-MM-DD` as `YYYYMMDD`. */
const icsDate = (day: string) => day.replaceAll('-', '');

/** The day after `YYYY-MM-DD`: an all-day event's DTEND is exclusive. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The lines, folded and joined with CRLF, ending with one. */
export const icsText = (lines: readonly string[]) => lines.map(foldIcsLine).join('\r\n') + '\r\n';

export type FeedEvent = {
  /** Stable across fetches, so a calendar updates an event rather than adding it again. */
  uid: string;
  summary: string;
  description: string;
  location?: string;
  url: string;
  /** A timed event, or an all-day one on `day` (Moscow, `YYYY-MM-DD`). */
  when: { start: Date; minutes: number } | { day: string };
};

/**
 * A calendar a phone subscribes to: each event with a reminder, the day before at 09:00 for an
 * all-day deadline (its dates float in the reader's time zone) and an hour before a timed one.
 */
export function calendarFeed({
  name,
  events,
  stamp,
}: {
  name: string;
  events: readonly FeedEvent[];
  stamp: Date;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Moy Gorod//Deadlines//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(name)}`,
    'X-WR-TIMEZONE:Europe/Moscow',
    // How often to fetch it again (RFC 7986, and the older name most apps read).
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ];
  for (const event of events) {
    const timed = 'start' in event.when;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${icsUtc(stamp)}`,
      ...('start' in event.when
        ? [
            `DTSTART:${icsUtc(event.when.start)}`,
            `DTEND:${icsUtc(new Date(event.when.start.getTime() + event.when.minutes * 60_000))}`,
          ]
        : [
            `DTSTART;VALUE=DATE:${icsDate(event.when.day)}`,
            `DTEND;VALUE=DATE:${icsDate(nextDay(event.when.day))}`,
            'TRANSP:TRANSPARENT',
          ]),
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      ...(event.location ? [`LOCATION:${escapeIcsText(event.location)}`] : []),
      `URL:${event.url}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(event.summary)}`,
      `TRIGGER:${timed ? '-PT1H' : '-PT15H'}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return icsText(lines);
}
