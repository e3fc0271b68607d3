import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { ServiceSlug } from '@/lib/cabinet/services';
import { serviceHref } from '@/services/catalogue';

// Server-rendered pieces shared by the cabinet and the record pages.

const serviceLink =
  'inline-flex min-h-11 items-center rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm font-medium';

/** The services for one record, each leading to the service (or its description until it opens). */
export async function ServiceList({
  slugs,
  label,
}: {
  slugs: readonly ServiceSlug[];
  label: string;
}) {
  const t = await getTranslations('catalogue.services');
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {slugs.map((slug) => (
          <li key={slug}>
            <Link href={serviceHref(slug)} className={serviceLink}>
              {t(`${slug}.name`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A record's own link in place of the catalogue's services (a licence leads to its fines). */
export function RecordLink({
  href,
  label,
  navLabel,
}: {
  href: string;
  label: string;
  navLabel: string;
}) {
  return (
    <nav aria-label={navLabel}>
      <Link href={href} className={serviceLink}>
        {label}
      </Link>
    </nav>
  );
}

export async function BackToCabinet() {
  const t = await getTranslations('cabinet');
  return (
    <p>
      <Link href="/cabinet">
        <span aria-hidden="true">← </span>
        {t('back')}
      </Link>
    </p>
  );
}

export function Flash({ children }: { children: React.ReactNode }) {
  return <FormAlert tone="success">{children}</FormAlert>;
}

/** The second step of unlinking: says what will stop working, then a plain form (works without JS). */
export async function UnlinkConfirmation({
  kind,
  messages,
  id,
  name,
  cancelHref,
  action,
}: {
  kind: string;
  /** The kind's namespace (LinkKind.messages), whose `unlink.title|text.<kind>` these are. */
  messages: string;
  id: string;
  name: string;
  cancelHref: string;
  action: (formData: FormData) => Promise<void>;
}) {
  const [t, own] = await Promise.all([
    getTranslations('cabinet.unlink'),
    getTranslations(`${messages}.unlink`),
  ]);
  return (
    <section
      aria-labelledby="unlink-title"
      className="mx-auto flex max-w-2xl flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6"
    >
      <h1 id="unlink-title" className="text-2xl font-bold">
        {own(`title.${kind}`)}
      </h1>
      <p>{own(`text.${kind}`, { name })}</p>
      <form action={action} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <Button type="submit" variant="danger">
          {t('confirm')}
        </Button>
        <Link
          href={cancelHref}
          className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 py-2 font-semibold no-underline hover:bg-brand-50"
        >
          {t('cancel')}
        </Link>
      </form>
    </section>
  );
}
