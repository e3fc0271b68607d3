// The catalogue of the portal's services: pure data and pure helpers. Names and descriptions live in
// lib/i18n/messages/<locale>/catalogue.json under `services.<slug>`.

export const serviceGroups = ['housing', 'health', 'education', 'transport', 'city'] as const;
export type ServiceGroup = (typeof serviceGroups)[number];

/** A city record the resident links in the cabinet before the service can show anything of theirs. */
export type LinkedRecord = 'apartment' | 'vehicle' | 'child';

export type Service = {
  slug: string;
  group: ServiceGroup;
  /** Where the service lives on the portal (once a service module opens it: services/catalogue.ts). */
  route: string;
  needs: { signIn: boolean; record: LinkedRecord | null };
  /** Uses per year in 2014 (DOMAIN.md), where known. */
  usage2014: number | null;
};

export const services = [
  {
    slug: 'water-meter-readings',
    group: 'housing',
    route: '/meters/water',
    needs: { signIn: true, record: 'apartment' },
    usage2014: 17_100_000,
  },
  {
    slug: 'electricity-meter-readings',
    group: 'housing',
    route: '/meters/electricity',
    needs: { signIn: true, record: 'apartment' },
    usage2014: 3_600_000,
  },
  {
    slug: 'epd',
    group: 'housing',
    route: '/housing/epd',
    needs: { signIn: true, record: 'apartment' },
    usage2014: 843_000,
  },
  {
    slug: 'housing-payments',
    group: 'housing',
    route: '/housing/pay',
    needs: { signIn: true, record: 'apartment' },
    usage2014: 600_000,
  },
  {
    slug: 'doctor-appointments',
    group: 'health',
    route: '/health/appointments',
    // A child is needed only to book for them, so no record is required up front.
    needs: { signIn: true, record: null },
    usage2014: 3_500_000,
  },
  {
    slug: 'school-diary',
    group: 'education',
    route: '/education/diary',
    needs: { signIn: true, record: 'child' },
    usage2014: 4_800_000,
  },
  {
    slug: 'exam-results',
    group: 'education',
    route: '/education/exams',
    needs: { signIn: true, record: null },
    usage2014: 1_000_000,
  },
  {
    slug: 'school-pass-and-meals',
    group: 'education',
    route: '/education/school-pass',
    needs: { signIn: true, record: 'child' },
    usage2014: 560_000,
  },
  {
    slug: 'kindergarten-queue',
    group: 'education',
    route: '/education/kindergarten',
    needs: { signIn: true, record: 'child' },
    usage2014: 481_000,
  },
  {
    slug: 'school-transfer',
    group: 'education',
    route: '/education/school-transfer',
    needs: { signIn: true, record: 'child' },
    usage2014: null,
  },
  {
    slug: 'traffic-fines',
    group: 'transport',
    route: '/fines',
    // Anyone checks by documents; a signed-in resident sees and pays their linked vehicles' fines.
    needs: { signIn: false, record: 'vehicle' },
    usage2014: 1_800_000,
  },
  {
    slug: 'reference-information',
    group: 'city',
    route: '/reference',
    needs: { signIn: false, record: null },
    usage2014: null,
  },
] as const satisfies readonly Service[];

export type ServiceSlug = (typeof services)[number]['slug'];

/** A service as the portal shows it: open, or described until a service module opens it. */
export type CatalogueService = Service & { available: boolean };

export function findService(slug: string): Service | undefined {
  return services.find((s) => s.slug === slug);
}

export function servicesInGroup(group: ServiceGroup): Service[] {
  return services.filter((s) => s.group === group);
}

/** The most used services by their 2014 figures, most used first. */
export function mostUsedServices(limit: number): Service[] {
  return services
    .filter((s) => s.usage2014 !== null)
    .toSorted((a, b) => (b.usage2014 ?? 0) - (a.usage2014 ?? 0))
    .slice(0, limit);
}

/** The searchable text of one service in one locale. */
export type ServiceSearchText = { name: string; summary: string; keywords?: string };

/** Longer queries are cut, not refused: the search box must never fail. */
export const MAX_QUERY_LENGTH = 100;

// Russian and English inflections, longest first. A light stemmer is enough for a few dozen names:
// «вода» finds «воды», «счётчики» finds «счётчиков», and «вода» does not find «водитель».
const endings = (
  'ями ами ого его ому ему ыми ими иях ией ам ям ах ях ов ев ей ой ий ый ая яя ое ее ые ие ом ем ' +
  'ую юю ия ию ing es а я ы и у ю е о ь s'
).split(' ');

function stem(word: string): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

function words(text: string): string[] {
  return text
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

type Term = { word: string; stem: string };

/** The words of a query; punctuation and case are ignored, ё is е. */
export function queryTerms(query: string): Term[] {
  return words(query.slice(0, MAX_QUERY_LENGTH)).map((word) => ({ word, stem: stem(word) }));
}

/** A text word matches a query word it starts with (a word typed in part) or that has its stem. */
function matchesAny(term: Term, textWords: string[]): boolean {
  return textWords.some((w) => w.startsWith(term.word) || stem(w) === term.stem);
}

/**
 * Services whose name, summary or keywords in the given locale match every word of the query,
 * best matches first (a match in the name counts most), then by use. An empty query returns all.
 */
export function searchServices(
  query: string,
  textOf: (slug: string) => ServiceSearchText,
): Service[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...services];
  const scored: { service: Service; score: number }[] = [];
  for (const service of services) {
    const text = textOf(service.slug);
    const name = words(text.name);
    const rest = words(`${text.summary} ${text.keywords ?? ''}`);
    let score = 0;
    for (const term of terms) {
      if (matchesAny(term, name)) score += 2;
      else if (matchesAny(term, rest)) score += 1;
      else {
        score = 0;
        break;
      }
    }
    if (score > 0) scored.push({ service, score });
  }
  return scored
    .toSorted(
      (a, b) => b.score - a.score || (b.service.usage2014 ?? 0) - (a.service.usage2014 ?? 0),
    )
    .map((s) => s.service);
}
