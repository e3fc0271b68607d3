import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@/lib/i18n/config';

// A request that renders for someone other than the browser that sent it (a calendar app fetching a
// resident's feed sends no cookie) renders in that person's language: the request config reads it
// from here before the cookie.

const scope = new AsyncLocalStorage<Locale>();

/** Runs `render` with every translator and formatter in `locale`. */
export const inLocale = <T>(locale: Locale, render: () => Promise<T>): Promise<T> =>
  scope.run(locale, render);

export const scopedLocale = (): Locale | undefined => scope.getStore();
