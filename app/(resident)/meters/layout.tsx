import { ClientMessages } from '@/components/layout/client-messages';

// The readings form and panel are client components: their messages, on these pages only.
export default function MetersLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages areas={['meters']}>{children}</ClientMessages>;
}
