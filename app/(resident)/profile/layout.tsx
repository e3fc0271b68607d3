import { ClientMessages } from '@/components/layout/client-messages';

// The profile's forms and the password field's "show" button.
export default function ProfileLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages areas={['auth']} parts={{ auth: ['password', 'profile'] }}>
      {children}
    </ClientMessages>
  );
}
