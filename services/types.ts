import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/db';
import type { Viewer } from '@/lib/auth/roles';
import type { ServiceSlug } from '@/lib/catalogue/services';
import type { Locale } from '@/lib/i18n/config';
import type { NotificationParams } from '@/lib/notifications/render';
import type { UsageSpec } from '@/lib/usage/spec';
import type { Job } from '@/server/jobs/scheduler';

// What a service module declares it adds to the shared parts of the portal (docs/decisions/020).
// The shared parts — payments, the cabinet's "due this month", linking, the jobs, the catalogue,
// the usage statistics — iterate over services/registry.ts and never name a service.

/** An item of a payment as the payer asked for it: the thing paid and the amount they were shown. */
export type PayableItem = { refId: string; amountKopecks: number };

/** What a payment's page and receipt show of an item the viewer still sees. */
export type PayableItemView = {
  /** «ЕПД за октябрь 2026 г.», «Штраф, УИН 188…» */
  name: string;
  /** Its own page, if it has one. */
  href: string | null;
  /** The number the payer finds on the document itself (a fine's УИН, an ЕПД's period). */
  reference: string | null;
  /** Where to pay for it again after a declined or expired payment, if it can be. */
  payAgainHref: string | null;
};

/** A kind of thing that can be paid through the payments module (payment_items.kind). */
export type Payable = {
  /**
   * Checks one item inside the transaction that creates the payment, its row locked: it must be the
   * viewer's and the amount what its own rules allow at `now`. Answers an error key, or null.
   */
  check(tx: Tx, viewer: Viewer, item: PayableItem, now: Date): Promise<string | null>;
  /** Locks the rows of these items, as `check` does, before a payment of them changes status. */
  lock(tx: Tx, refIds: readonly string[]): Promise<void>;
  /** What the service records when a payment of these items succeeds (in the same transaction). */
  succeeded?(tx: Tx, payment: { id: string; refIds: readonly string[]; at: Date }): Promise<void>;
  /** What it records when such a payment is refunded (in the same transaction). */
  refunded?(tx: Tx, payment: { id: string; refIds: readonly string[] }): Promise<void>;
  /** Paid at most once (a fine), or any number of times (an ЕПД, in parts): a unique index holds it. */
  paidOnce: boolean;
  /**
   * The usage name a succeeded payment of this kind is counted under, with its amount: one of the
   * module's own `usage` names (a unit test holds it; typed as a string to keep the registry's types
   * from depending on themselves).
   */
  usage: string;
  /** Who receives the money, as the receipt names them. */
  payee: string;
  /** The item on a payment's page and receipt; null when the viewer no longer sees it. */
  describe(
    viewer: Viewer,
    refId: string,
    context: { locale: Locale; now: Date },
  ): Promise<PayableItemView | null>;
  /** The kind in words, for an item the viewer no longer sees. */
  label(locale: Locale): Promise<string>;
};

/** A card of the cabinet's "due this month", in the reader's language. */
export type DueCard = {
  key: string;
  href: string;
  title: string;
  /** The apartment's address, the clinic of an appointment, or the car or licence of a fine. */
  address: string;
  /** «Срочно» or «Просрочено», in words as well as colour. */
  badge: string | null;
  details: string[];
  /** Whether the badge says something is late or about to be (drawn as an alert); default: it does. */
  urgent?: boolean;
  /** The one thing to do, straight from the card: «Оплатить», say. */
  action?: { href: string; label: string };
  /** A timed event in the calendar feed (an appointment); otherwise an all-day one on the deadline. */
  event?: { start: Date; minutes: number };
};

/** A service's part of "due this month": its items as data, and each as a card. */
export type DueSource<T extends { type: string }> = {
  /** The `type`s of its items. */
  types: readonly T['type'][];
  /** The viewer's items at `now` (and their children's where the service acts for them). */
  list(viewer: Viewer, now: Date): Promise<T[]>;
  /** The last day (Moscow, `YYYY-MM-DD`) to act on an item: the list is ordered by it. */
  deadline(item: T): string;
  card(item: T): Promise<DueCard>;
};

/**
 * A city record a resident links in the cabinet as theirs, by a document that proves it (the payer
 * code and flat, the СТС, a licence with its issue date, a birth certificate). One link path and one
 * unlink path serve every kind (db/queries/links.ts, the cabinet's actions and pages).
 */
export type LinkKind<Input = never> = {
  /** `apartment`: the audit's subject type, the form's hidden `kind`, the key of its messages. */
  kind: string;
  /** The URL segment of its pages: `/cabinet/<segment>/<id>`, `/cabinet/<segment>/<id>/unlink`. */
  segment: string;
  /** The link form's schema (from lib/<service>/). */
  schema: z.ZodType<Input> | ((now: Date) => z.ZodType<Input>);
  /** The form's fields, sent back to a page rendered without JavaScript. */
  fields: readonly string[];
  /** The registry record the proof names, or null: a miss counts against the look-up throttle. */
  find(input: Input): Promise<{ id: string; params: NotificationParams } | null>;
  /** One person per record: the kind's link table, keyed by the record (decision 005). */
  table: LinkTable;
  /** What the notice of an unlinked record says of it. */
  params(id: string): Promise<NotificationParams>;
  /** The record as the unlink page names it, for the viewer who holds it; null for anyone else. */
  name(viewer: Viewer, id: string): Promise<string | null>;
  notices: { linked: string; unlinked: string };
  /**
   * The message namespace of its cabinet texts, laid out as `cabinet.json`'s: `link.<kind>.*`,
   * `errors.<kind>.*`, `unlink.title|text.<kind>`, `flash.unlinked.<kind>`, `sections.<segment>`,
   * `add.<kind>`, `empty.<segment>`. The four first kinds keep theirs in `cabinet`; a new service's
   * kind brings them in its own area.
   */
  messages: string;
  /** The viewer's records of this kind as the cabinet lists them, oldest link first. */
  cards(viewer: Viewer, now: Date): Promise<RecordCard[]>;
  /** Usage names, among the module's own `usage` (as for Payable.usage). */
  usage: { link: string; unlink: string };
  /** What the audit entry of a link records besides who and what (a child: the confirmation). */
  audit?: Record<string, unknown>;
};

// The registry reads every kind alike; each kind's own input type matters only to its own form.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLinkKind = LinkKind<any>;

/**
 * A module's link kinds as the registry reads them. (Typed here rather than inferred from the array,
 * which would make the usage names' type depend on itself.)
 */
export const linkKinds = (...kinds: AnyLinkKind[]): readonly AnyLinkKind[] => kinds;

/** A linked record on the cabinet's page, in the reader's language. */
export type RecordCard = {
  id: string;
  /** The record as the cabinet names it (an address, a car and its plate, a child's name). */
  name: string;
  details: string[];
  /** A warning in words, shown in the accent colour (meters past their verification). */
  alert: string | null;
  /** The services for it, from the catalogue. */
  services: readonly ServiceSlug[];
  /** A link of its own instead of the catalogue's services (a licence leads to its fines). */
  link: { href: string; label: string } | null;
};

/** The three things linking does to a kind's link table, inside the link's transaction. */
export type LinkTable = {
  /** Links the record to the person unless someone holds it; true when this call linked it. */
  claim(tx: Tx, recordId: string, userId: string): Promise<boolean>;
  holder(tx: Tx, recordId: string): Promise<string | null>;
  /** Unlinks the record from the person, if it is theirs; true when it was. */
  release(tx: Tx, recordId: string, userId: string): Promise<boolean>;
};

export type ServiceModule = {
  /** The module's name (its folder under services/ and lib/). */
  name: string;
  /** The catalogue services it opens (each lives at its catalogue `route`). */
  opens?: readonly ServiceSlug[];
  /** The names its uses are recorded under. */
  usage?: readonly UsageSpec[];
  /** What it makes payable, by payment item kind. */
  payables?: Readonly<Record<string, Payable>>;
  // Each source keeps its own item type; the registry only reads `types` and calls the functions.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  due?: DueSource<any>;
  /** The records a resident links in the cabinet for it (see `linkKinds`). */
  links?: readonly AnyLinkKind[];
  /** Its scheduled jobs, run by the server (server/jobs). */
  jobs?: readonly Job[];
  /** The kinds of notification it posts (texts under `notifications.kinds.<kind>`). */
  notifications?: readonly string[];
  /**
   * Message areas of its own (`lib/i18n/messages/{ru,en}/<area>.json`) beyond those lib/i18n lists
   * (the portal's and its first services'): the request config loads them.
   */
  messages?: readonly string[];
};
