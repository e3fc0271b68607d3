// An appointment as an RFC 5545 calendar file, so a patient can add it to any calendar app.
// The text rules are the calendar's (lib/calendar/ics.ts); the appointment's own file is here.
import { escapeIcsText, icsText, icsUtc } from '@/lib/calendar/ics';

export function appointmentIcs({
  uid,
  start,
  minutes,
  summary,
  location,
  description,
  stamp,
}: {
  uid: string;
  start: Date;
  minutes: number;
  summary: string;
  location: string;
  description: string;
  stamp: Date;
}): string {
  if (!Number.isInteger(minutes) || minutes <= 0)
    throw new RangeError(`An appointment lasts a positive whole number of minutes: ${minutes}`);
  const end = new Date(start.getTime() + minutes * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Moy Gorod//Appointments//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(uid)}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `LOCATION:${escapeIcsText(location)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeIcsText(summary)}`,
    'TRIGGER:-PT1H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icsText(lines);
}
