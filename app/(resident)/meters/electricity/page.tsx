import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReadingsPage } from '../readings-page';
import { submitElectricityReadingsAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meters');
  return { title: t('title.electricity') };
}

export default async function ElectricityReadingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { apartment } = await searchParams;
  return (
    <ReadingsPage
      kind="electricity"
      apartment={apartment}
      action={submitElectricityReadingsAction}
    />
  );
}
