import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/csp';

// Every page gets a fresh CSP nonce; Next.js reads it from the request's CSP header and adds it to its scripts.
// A server-action call whose body is not a form is refused here: Next would fail decoding it with a 500.
export async function proxy(request: NextRequest) {
  if (request.headers.has('next-action')) return refuseForgedActionCall(request);

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

/**
 * Every action of the portal takes a form, so the browser always posts one: multipart, with React's
 * argument list in field `0`. Anything else (a JSON string, an empty body, a form without its
 * argument list) is not a request any page sends; Next cannot decode it and would answer 500.
 */
async function refuseForgedActionCall(request: NextRequest) {
  const refuse = () => new NextResponse('Not a form.', { status: 400 });
  if (request.method !== 'POST') return refuse();
  if (!/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '')) return refuse();
  const args = await request
    .clone()
    .formData()
    .then((form) => form.get('0'))
    .catch(() => null);
  if (typeof args !== 'string' || !args.startsWith('[')) return refuse();
  return NextResponse.next();
}

export const config = {
  matcher: [
    {
      source:
        '/((?!_next/static|_next/image|favicon.ico|icon.svg|icon-192.png|icon-512.png|apple-touch-icon.png|manifest.webmanifest|robots.txt).*)',
      // A server action called from the page answers with data, not a document: no CSP to send.
      // (Without JavaScript the form posts without this header and gets a page, with its nonce.)
      missing: [
        { type: 'header', key: 'next-action' },
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
    {
      // Server-action calls, only to check that they carry a form (see refuseForgedActionCall).
      source: '/((?!_next/static|_next/image).*)',
      has: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
