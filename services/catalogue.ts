import 'server-only';
import * as entries from '@/lib/catalogue/services';
import type {
  CatalogueService,
  Service,
  ServiceGroup,
  ServiceSearchText,
  ServiceSlug,
} from '@/lib/catalogue/services';
import { isOpen } from './registry';

// The catalogue as the portal shows it: the city's services (lib/catalogue, content), each open where
// a service module opens it (services/registry.ts) and described until then.

export type { CatalogueService };

const shown = (service: Service): CatalogueService => ({
  ...service,
  available: isOpen(service.slug as ServiceSlug),
});

export const catalogue = (): CatalogueService[] => entries.services.map(shown);

export function findService(slug: string): CatalogueService | undefined {
  const service = entries.findService(slug);
  return service && shown(service);
}

export const servicesInGroup = (group: ServiceGroup) => entries.servicesInGroup(group).map(shown);

export const mostUsedServices = (limit: number) => entries.mostUsedServices(limit).map(shown);

export const searchServices = (query: string, textOf: (slug: string) => ServiceSearchText) =>
  entries.searchServices(query, textOf).map(shown);

/** The service itself once it is open on the portal; until then its description page. */
export function serviceHref(slug: ServiceSlug): string {
  const service = findService(slug);
  return service?.available ? service.route : `/services/${slug}`;
}
