import { ClientMessages } from '@/components/layout/client-messages';
import { NotFoundView } from '@/components/layout/not-found-view';

// Next puts this boundary's element into every page's RSC payload (twice: for the root layout and
// its children), so it is rendered on every request, for a page nobody sees: it only names a client
// component and the few texts it needs. It brings those texts itself because Next renders it
// without the root layout when a form posted without JavaScript gets a not-found answer.
export default function NotFound() {
  return (
    <ClientMessages parts={{ common: ['notFound'], catalogue: ['search'] }}>
      <NotFoundView />
    </ClientMessages>
  );
}
