import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate } from '@/db/queries/accounts';
import { loginSchema } from '@/lib/accounts/schemas';
import { env } from '@/server/env';
import { clientAddress } from '@/lib/security/client-address';

/** Too many failures: the code carries the minutes to wait, and nothing about whether the account exists. */
class SignInLocked extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `locked-${minutes}`;
  }
}

/** Whether session cookies are `__Secure-` (production) or not (development, tests over http). */
export function usesSecureCookies(): boolean {
  const e = env();
  return process.env.SECURE_COOKIES === undefined ? e.NODE_ENV === 'production' : e.SECURE_COOKIES;
}

// Configured on first use, not at import, so `next build` needs no secret.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const e = env();
  const useSecureCookies = usesSecureCookies();
  return {
    secret: e.AUTH_SECRET,
    trustHost: true,
    useSecureCookies,
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/login' },
    // A wrong password is not a server error: the audit log records it; keep it out of the error log.
    logger: {
      error(error: Error) {
        if (error instanceof CredentialsSignin) return;
        console.error('[auth]', error);
      },
    },
    providers: [
      Credentials({
        credentials: { login: {}, password: {} },
        async authorize(credentials, request) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate({
            login: parsed.data.login,
            password: parsed.data.password,
            address: clientAddress(request.headers),
          });
          if (result.ok) {
            const { id, fullName, email, tokenVersion } = result.user;
            return { id, name: fullName, email, tokenVersion };
          }
          if (result.reason === 'locked')
            throw new SignInLocked(Math.ceil(result.retryAfterMs / 60_000));
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.tv = (user as { tokenVersion?: number }).tokenVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          user: { ...session.user, id: token.sub ?? '' },
          tokenVersion: Number(token.tv ?? -1),
        };
      },
    },
  };
});
