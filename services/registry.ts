import 'server-only';
import type { ServiceSlug } from '@/lib/catalogue/services';
import type { Job } from '@/server/jobs/scheduler';
import { family } from './family';
import { fines } from './fines';
import { health } from './health';
import { housing } from './housing';
import { notifications } from './notifications';
import { payments } from './payments';
import type { AnyLinkKind, DueSource, Payable, ServiceModule } from './types';

// The one list of the portal's service modules (docs/decisions/020). Payments, the cabinet's "due
// this month", linking, the jobs, the catalogue and the usage names read it; none of them names a
// service. A new service is its own folders and one entry here. The order is the order shared lists
// keep within a day ("due this month": an apartment's items, then fines, then appointments).

export const serviceModules = [housing, fines, health, family, payments, notifications] as const;

const modules: readonly ServiceModule[] = serviceModules;

/** Every usage name a service records, as a type: `recordUse` takes nothing else. */
export type UsageName = UsageNameOf<(typeof serviceModules)[number]>;
type UsageNameOf<M> = M extends { usage: readonly { name: infer N }[] } ? N : never;

/** The payable of a payment item kind, or undefined for a kind no module declares. */
export function payableOf(kind: string): Payable | undefined {
  for (const service of modules)
    if (service.payables && Object.hasOwn(service.payables, kind)) return service.payables[kind];
  return undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const dueSources = (): DueSource<any>[] => modules.flatMap((m) => (m.due ? [m.due] : []));

export const serviceJobs = (): Job[] => modules.flatMap((m) => m.jobs ?? []);

/** Every usage name with what it counts for: the statistics' list. */
export const usageSpecs = () => modules.flatMap((m) => m.usage ?? []);

/** Whether a module opens this catalogue service. */
export const isOpen = (slug: ServiceSlug): boolean => modules.some((m) => m.opens?.includes(slug));

/** Every kind of notification the modules post: their own, and their link kinds' notices. */
export const notificationKinds = () =>
  modules.flatMap((m) => [
    ...(m.notifications ?? []),
    ...(m.links ?? []).flatMap((k) => [k.notices.linked, k.notices.unlinked]),
  ]);

/** Every kind of record a resident links, in the order the cabinet shows them. */
export const recordKinds = (): AnyLinkKind[] => modules.flatMap((m) => m.links ?? []);

/** A link kind by its name (a form's hidden `kind`), or undefined. */
export const linkKindOf = (kind: string) => recordKinds().find((k) => k.kind === kind);

/** A link kind by the URL segment of its pages (`/cabinet/<segment>/…`), or undefined. */
export const linkKindAt = (segment: string) => recordKinds().find((k) => k.segment === segment);

/** The message areas the modules bring of their own. */
export const serviceMessageAreas = () => modules.flatMap((m) => m.messages ?? []);
