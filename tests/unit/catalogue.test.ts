import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findService,
  mostUsedServices,
  searchServices,
  serviceGroups,
  services,
  type ServiceSearchText,
} from '@/lib/catalogue/services';
import { catalogue } from '@/services/catalogue';
import en from '@/lib/i18n/messages/en/catalogue.json';
import ru from '@/lib/i18n/messages/ru/catalogue.json';

type ServiceMessages = Required<ServiceSearchText> & {
  about: string;
  needs: string;
  rules: string[];
};
const catalogues = { ru, en } as const;
const textsOf = (locale: keyof typeof catalogues) => (slug: string) =>
  (catalogues[locale].services as Record<string, ServiceMessages>)[slug]!;

describe('catalogue texts', () => {
  it.each(['ru', 'en'] as const)(
    'every service has a name, descriptions, needs and rules in %s',
    (locale) => {
      for (const { slug } of services) {
        const text = (catalogues[locale].services as Record<string, ServiceMessages | undefined>)[
          slug
        ];
        expect(text, `${locale}: ${slug}`).toBeDefined();
        for (const field of ['name', 'summary', 'keywords', 'about', 'needs'] as const) {
          expect(text![field].trim(), `${locale}: ${slug}.${field}`).not.toBe('');
        }
        expect(text!.rules.length, `${locale}: ${slug}.rules`).toBeGreaterThan(0);
        expect(text!.rules.every((r) => r.trim() !== '')).toBe(true);
      }
    },
  );

  it.each(['ru', 'en'] as const)(
    'has no texts for services that are not in the catalogue (%s)',
    (locale) => {
      const slugs = services.map((s) => s.slug).sort();
      expect(Object.keys(catalogues[locale].services).sort()).toEqual(slugs);
    },
  );

  it('gives every rule in both languages', () => {
    for (const { slug } of services) {
      expect(textsOf('en')(slug).rules.length, slug).toBe(textsOf('ru')(slug).rules.length);
    }
  });

  it.each(['ru', 'en'] as const)('names and describes every group in %s', (locale) => {
    const groups = catalogues[locale].groups as unknown as Record<
      string,
      { name: string; description: string }
    >;
    for (const group of serviceGroups) {
      expect(groups[group]?.name, `${locale}: ${group}`).toBeTruthy();
      expect(groups[group]?.description, `${locale}: ${group}`).toBeTruthy();
    }
  });

  it('tells the water reading window the resident must keep to', () => {
    expect(textsOf('ru')('water-meter-readings').rules[0]).toContain('с 15-го числа месяца по 3-е');
    expect(textsOf('en')('water-meter-readings').rules[0]).toContain(
      'from the 15th of a month to the 3rd',
    );
  });
});

describe('catalogue data', () => {
  it('gives each service a unique kebab-case address and a unique route', () => {
    const slugs = services.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const routes = services.map((s) => s.route);
    expect(new Set(routes).size).toBe(routes.length);
    for (const route of routes) expect(route).toMatch(/^\/[a-z0-9/-]+$/);
  });

  it('puts every group to use', () => {
    for (const group of serviceGroups) {
      expect(
        services.some((s) => s.group === group),
        group,
      ).toBe(true);
    }
  });

  it('finds a service by its slug and nothing for an unknown one', () => {
    expect(findService('traffic-fines')?.route).toBe('/fines');
    expect(findService('no-such-service')).toBeUndefined();
    expect(findService('')).toBeUndefined();
  });

  it('ranks the most used services as in the 2014 figures', () => {
    expect(mostUsedServices(10).map((s) => s.slug)).toEqual([
      'water-meter-readings',
      'school-diary',
      'electricity-meter-readings',
      'doctor-appointments',
      'traffic-fines',
      'exam-results',
      'epd',
      'housing-payments',
      'school-pass-and-meals',
      'kindergarten-queue',
    ]);
    expect(mostUsedServices(3)).toHaveLength(3);
  });
});

/** URL paths of every page in app/, route groups like (public) left out. */
function pageRoutes(dir: string, segments: string[] = []): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const inUrl = !/^\(.*\)$/.test(entry) && !entry.startsWith('@') && !entry.startsWith('_');
      return pageRoutes(full, inUrl ? [...segments, entry] : segments);
    }
    return /^page\.(tsx|ts|jsx|js)$/.test(entry) ? [`/${segments.join('/')}`] : [];
  });
}

describe('service availability', () => {
  const routes = new Set(pageRoutes(path.join(process.cwd(), 'app')));

  it.each(catalogue().map((s) => [s.slug, s] as const))(
    '%s is offered as open exactly when its page exists',
    (_slug, service) => {
      expect(service.available).toBe(routes.has(service.route));
    },
  );
});

describe('catalogue search', () => {
  const slugsFor = (locale: 'ru' | 'en', query: string) =>
    searchServices(query, textsOf(locale)).map((s) => s.slug);

  it.each([
    ['ru', 'вода', 'water-meter-readings'],
    ['ru', 'Вода', 'water-meter-readings'],
    ['ru', 'горячая вода', 'water-meter-readings'],
    ['ru', 'электричество', 'electricity-meter-readings'],
    ['ru', 'врач', 'doctor-appointments'],
    ['ru', 'штраф', 'traffic-fines'],
    ['ru', 'штрафы ГИБДД', 'traffic-fines'],
    ['ru', 'ЕГЭ', 'exam-results'],
    ['ru', 'детский сад', 'kindergarten-queue'],
    ['ru', 'дневник', 'school-diary'],
    ['ru', 'ЕПД', 'epd'],
    ['ru', 'справка', 'reference-information'],
    ['en', 'water', 'water-meter-readings'],
    ['en', 'fine', 'traffic-fines'],
    ['en', 'Doctor', 'doctor-appointments'],
    ['en', 'kindergarten', 'kindergarten-queue'],
  ] as const)('in %s, «%s» finds %s first', (locale, query, slug) => {
    expect(slugsFor(locale, query)[0]).toBe(slug);
  });

  it('finds both meter services by «счётчик», with or without ё and in any form', () => {
    for (const query of ['счётчик', 'счетчик', 'счётчики', 'счётчиков', 'счёт']) {
      expect(slugsFor('ru', query).slice(0, 2).sort(), query).toEqual([
        'electricity-meter-readings',
        'water-meter-readings',
      ]);
    }
    expect(slugsFor('en', 'meter readings').sort()).toEqual([
      'electricity-meter-readings',
      'water-meter-readings',
    ]);
  });

  it('does not mistake «вода» for «водитель»', () => {
    expect(slugsFor('ru', 'вода')).not.toContain('traffic-fines');
  });

  it('needs every word of the query to match', () => {
    expect(slugsFor('ru', 'вода штраф')).toEqual([]);
  });

  it('searches the texts of the chosen language only', () => {
    expect(slugsFor('en', 'вода')).toEqual([]);
    expect(slugsFor('ru', 'water')).toEqual([]);
  });

  it('shows everything for an empty query and nothing for an unknown word', () => {
    expect(slugsFor('ru', '')).toHaveLength(services.length);
    expect(slugsFor('ru', '   «» ,')).toHaveLength(services.length);
    expect(slugsFor('ru', 'квантовая физика')).toEqual([]);
  });

  it('copes with an oversized or hostile query', () => {
    expect(() => slugsFor('ru', 'вода '.repeat(10_000))).not.toThrow();
    expect(slugsFor('ru', '<script>alert(1)</script>')).toEqual([]);
    expect(slugsFor('ru', '.*(вода|')).toContain('water-meter-readings');
  });
});
