import { render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { ServiceCard } from '@/components/catalogue/service-card';
import { findService, type CatalogueService } from '@/lib/catalogue/services';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

async function renderCard(locale: Locale, service: CatalogueService, showUsage = false) {
  const messages = await loadMessages(locale);
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={timeZone}
      formats={formats}
    >
      <ServiceCard service={service} showUsage={showUsage} />
    </NextIntlClientProvider>,
  );
}

// Open on the portal (the housing module opens it), as the catalogue shows it.
const water: CatalogueService = { ...findService('water-meter-readings')!, available: true };

describe('ServiceCard', () => {
  it('names the service and links to its description page', async () => {
    await renderCard('ru', water);
    const link = screen.getByRole('link', { name: 'Показания счётчиков воды' });
    expect(link).toHaveAttribute('href', '/services/water-meter-readings');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Показания счётчиков воды');
    expect(
      screen.getByText('Передача показаний счётчиков горячей и холодной воды'),
    ).toBeInTheDocument();
  });

  it('speaks English when the visitor chose English', async () => {
    await renderCard('en', water);
    expect(screen.getByRole('link', { name: 'Water meter readings' })).toHaveAttribute(
      'href',
      '/services/water-meter-readings',
    );
  });

  it('shows the 2014 usage figure in short form when asked', async () => {
    await renderCard('ru', water, true);
    expect(screen.getByText(/Обращений в 2014 году: 17,1\sмлн/)).toBeInTheDocument();
  });

  it('keeps the usage figure out of plain lists', async () => {
    await renderCard('ru', water);
    expect(screen.queryByText(/Обращений в 2014 году/)).not.toBeInTheDocument();
  });

  it('says honestly that a service not open yet is coming soon', async () => {
    await renderCard('ru', { ...water, available: false });
    expect(screen.getByText('Скоро')).toBeInTheDocument();
  });

  it('does not say «soon» about an open service', async () => {
    await renderCard('ru', { ...water, available: true });
    expect(screen.queryByText('Скоро')).not.toBeInTheDocument();
  });
});
