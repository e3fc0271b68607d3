import { render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

// Shared by the tests of the error summary and of the forms that show it.

export const pageTitle = 'Регистрация — Мой город';

export async function renderIn(locale: Locale, ui: React.ReactNode) {
  const messages = await loadMessages(locale);
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={timeZone}
      formats={formats}
    >
      {ui}
    </NextIntlClientProvider>,
  );
}

/** The summary: the element that takes the focus, around the one announced as an alert. */
export const summary = () => screen.getByRole('alert').parentElement!;

/** The summary's links, as [text (its spaces plain), the id of the field each leads to]. */
export const links = () =>
  within(screen.getByRole('alert'))
    .queryAllByRole('link')
    .map((a) => [a.textContent?.replace(/\s+/g, ' '), a.getAttribute('href')?.replace(/^#/, '')]);

/** Each test on a page titled `pageTitle`, with the layout call jsdom lacks. */
export function onTitledPage() {
  beforeAll(() => {
    // jsdom lays nothing out; the summary scrolls a field's label into view before focusing it.
    Element.prototype.scrollIntoView ??= () => {};
  });
  beforeEach(() => {
    document.title = pageTitle;
  });
  afterEach(() => {
    document.title = '';
  });
}
