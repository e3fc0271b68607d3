import { describe, expect, it } from 'vitest';
import { appointmentIcs } from '@/lib/health';

const ticket = {
  uid: 'appointment-42@moy-gorod',
  start: new Date('2014-12-16T09:00:00+03:00'),
  minutes: 20,
  summary: 'Приём: Офтальмолог, Иванова Мария Петровна, каб. 214',
  location: 'ГП № 220, ул. Академика Королёва, д. 5; 2-й этаж',
  description: 'Талон № 0042\nВозьмите полис ОМС, паспорт и направление \\ если есть',
  stamp: new Date('2014-12-15T10:00:00Z'),
};

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

// Properties of the VEVENT (before its VALARM), unfolded and unescaped.
function eventFields(ics: string): Record<string, string> {
  const lines = unfold(ics).split('\r\n');
  const event = lines.slice(lines.indexOf('BEGIN:VEVENT') + 1, lines.indexOf('BEGIN:VALARM'));
  return Object.fromEntries(
    event.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon), unescape(line.slice(colon + 1))];
    }),
  );
}

describe('the calendar file of an appointment', () => {
  const ics = appointmentIcs(ticket);

  it('reads back with the same time, place and text', () => {
    expect(eventFields(ics)).toEqual({
      UID: ticket.uid,
      DTSTAMP: '20141215T100000Z',
      DTSTART: '20141216T060000Z',
      DTEND: '20141216T062000Z',
      SUMMARY: ticket.summary,
      LOCATION: ticket.location,
      DESCRIPTION: ticket.description,
    });
  });

  it('is a published calendar of this portal with a reminder an hour before', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Moy Gorod//Appointments//RU',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toContain('TRIGGER:-PT1H');
    expect(alarm).toContain('ACTION:DISPLAY');
    expect(lines.slice(-4)).toEqual(['END:VALARM', 'END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('escapes the separators so they do not end a value', () => {
    expect(unfold(ics)).toContain(
      'LOCATION:ГП № 220\\, ул. Академика Королёва\\, д. 5\\; 2-й этаж',
    );
    expect(unfold(ics)).toContain('\\nВозьмите');
    expect(unfold(ics)).toContain('направление \\\\ если есть');
  });

  it('ends every line with CRLF and folds Cyrillic at 75 octets without splitting a letter', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = ics.split('\r\n').slice(0, -1);
    expect(physical.length).toBeGreaterThan(unfold(ics).split('\r\n').length - 1);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of physical) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A split two-byte letter would leave invalid UTF-8 on both sides of the fold.
      expect(decoder.decode(bytes)).toBe(line);
    }
  });

  it('folds a long Cyrillic line into full 75-octet lines', () => {
    const long = appointmentIcs({ ...ticket, summary: 'Ж'.repeat(100) });
    const lines = long.split('\r\n');
    const from = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    const to = lines.findIndex((l, i) => i > from && !l.startsWith(' '));
    const summary = lines.slice(from, to);
    // "SUMMARY:" is 8 octets, then 33 letters of 2 octets: 74; a continuation is 1 + 37 × 2 = 75.
    expect(summary.map((l) => new TextEncoder().encode(l).length)).toEqual([74, 75, 61]);
  });

  it('refuses an appointment without a positive length', () => {
    expect(() => appointmentIcs({ ...ticket, minutes: 0 })).toThrow(RangeError);
  });
});
