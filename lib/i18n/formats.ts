import type { Formats } from 'next-intl';

export const formats = {
  dateTime: {
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    long: { day: 'numeric', month: 'long', year: 'numeric' },
    /** A billing period: «ноябрь 2014 г.». */
    monthYear: { month: 'long', year: 'numeric' },
    /** A day of a window: «3 декабря». */
    dayMonth: { day: 'numeric', month: 'long' },
    dateTime: {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    },
  },
  number: {
    rub: { style: 'currency', currency: 'RUB', minimumFractionDigits: 2, maximumFractionDigits: 2 },
    volume: { minimumFractionDigits: 0, maximumFractionDigits: 3 },
  },
} satisfies Formats;

/** Money is kept in kopecks; shown in roubles. */
export const kopecksToRoubles = (kopecks: number) => kopecks / 100;

// ---- Where a line must not break ----

/** U+00A0: a space a line never breaks at. */
export const NBSP = '\u00a0';

/** A phone number or code as a message writes it out, kept on one line: every space made no-break. */
export function unbroken(text: string): string {
  return text.replace(/ /g, NBSP);
}

// Intl's numbers already group with no-break spaces, but its dates use ordinary ones
// («10 декабря 2026 г. в 12:30», «December 10, 2026 at 3:30 PM»), so a line could end in «2026» with
// «г.» on the next. These join what a person never splits and leave the other spaces to the line.
const keptTogether = [
  // a number and its unit, a year and «г.»: «2026 г.», «15 мин», «11,68 м³»
  /(?<=\p{N}) (?=(?:г\.|гг\.|₽|руб\.|м³|m³|кВт·ч|kWh|мин|min|AM\b|PM\b))/gu,
  // «№ 3», «No. 3»
  /(?<=№|\bNo\.) (?=[\p{N}\p{L}])/gu,
  // a day and its month: «10 декабря», «10 дек.», «December 10»
  /(?<=(?:^|[^\p{N}])\p{N}{1,2}) (?=(?:янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек))/gu,
  /(?<=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?) (?=\p{N}{1,2}(?!\p{N}))/gu,
  // a time and its preposition: «в 12:30», «at 3:30»
  /(?<=(?:^|\s)(?:в|at)) (?=\p{N})/gu,
];

/** Text with no-break spaces where a person would never split it, as in a date that Intl wrote. */
export function keepTogether(text: string): string {
  return keptTogether.reduce((out, rule) => out.replace(rule, NBSP), text);
}
