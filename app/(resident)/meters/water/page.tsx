import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReadingsPage } from '../readings-page';
import { submitWaterReadingsAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meters');
  return { title: t('title.water') };
}

export default async function WaterReadingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { apartment } = await searchParams;
  return <ReadingsPage kind="water" apartment={apartment} action={submitWaterReadingsAction} />;
}
