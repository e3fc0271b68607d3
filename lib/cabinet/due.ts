// «Due this month» in the cabinet gathers each service's items (services/registry.ts). What every
// service shares is the order: the earliest deadline first, so what is overdue leads.

/** A service's items, each with its deadline (the Moscow day by which to act on it). */
export type DatedItems<T> = readonly { item: T; day: string }[];

export const dated = <T>(items: readonly T[], deadline: (item: T) => string): DatedItems<T> =>
  items.map((item) => ({ item, day: deadline(item) }));

/**
 * Every service's items by deadline. The sort is stable: within one day, the items keep the order of
 * the services' lists and each list its own.
 */
export function dueInOrder<T>(lists: readonly DatedItems<T>[]): T[] {
  return lists
    .flat()
    .sort((a, b) => a.day.localeCompare(b.day))
    .map(({ item }) => item);
}
