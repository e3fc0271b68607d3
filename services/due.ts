import 'server-only';
import { canUseResidentServices } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { dated, dueInOrder } from '@/lib/cabinet/due';
import { dueSources, type serviceModules } from './registry';
import type { DueCard, DueSource } from './types';

/** An item of «due this month», of whichever service's kinds. */
export type DueItem = DueItemOf<(typeof serviceModules)[number]>;
type DueItemOf<M> = M extends { due: DueSource<infer T> } ? T : never;

/**
 * «Due this month» for the cabinet: every service's items for the viewer at `now`, the earliest
 * deadline first. Each service reads only what is the viewer's (or their children's); empty for
 * nobody signed in.
 */
export async function getDueThisMonth(viewer: Viewer | null, now: Date): Promise<DueItem[]> {
  if (!canUseResidentServices(viewer)) return [];
  const sources = dueSources();
  const lists = await Promise.all(sources.map((source) => source.list(viewer, now)));
  return dueInOrder<DueItem>(lists.map((items, i) => dated(items, sources[i]!.deadline)));
}

/** Each item as its service shows it. */
export function dueCards(items: readonly DueItem[]): Promise<DueCard[]> {
  const sources = dueSources();
  return Promise.all(
    items.map((item) => sources.find((source) => source.types.includes(item.type))!.card(item)),
  );
}
