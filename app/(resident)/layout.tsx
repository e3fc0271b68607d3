import { ClientMessages } from '@/components/layout/client-messages';

// The browser gets only the messages the resident pages' client components use (the link forms, the
// document fields, the password fields): the cabinet's own texts are rendered on the server, and
// the readings forms' messages come with the meters pages (meters/layout.tsx).
const parts = { auth: ['password', 'profile'], cabinet: ['link', 'errors'] };

export default function ResidentLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages areas={['auth', 'cabinet', 'documents']} parts={parts}>
      {children}
    </ClientMessages>
  );
}
