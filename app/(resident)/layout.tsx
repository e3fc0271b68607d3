import { ClientMessages } from '@/components/layout/client-messages';

export default function ResidentLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages areas={['auth', 'cabinet', 'documents', 'meters']}>{children}</ClientMessages>
  );
}
