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
