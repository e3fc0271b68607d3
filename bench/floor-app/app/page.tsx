import { ReadingForm } from './reading-form';

export const dynamic = 'force-dynamic';

export default function Page() {
  return <ReadingForm />;
}
