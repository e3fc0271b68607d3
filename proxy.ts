import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/csp';
import { allowedOriginsOf, isCrossOrigin } from '@/lib/security/same-origin';

// Every page gets a fresh CSP nonce; Next.js reads it from the request's CSP header and adds it to its scripts.
// A server-action call that Next itself would answer with a 500 before any action runs is refused
// here instead: one whose body is not a form, is too large, or comes from another site (decision 019).
export async function proxy(request: NextRequest) {
  if (request.headers.has('next-action')) return refuseForgedActionCall(request);
  // A form posted without JavaScript from another site's page (route handlers answer for themselves).
  if (
    request.method === 'POST' &&
    !request.nextUrl.pathname.startsWith('/api/') &&
    crossOrigin(request)
  )
    return new NextResponse('Cross-origin form.', { status: 403 });

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
 * Every action of the portal takes a form, so a page's own call is multipart, small, and carries the
 * router's state header; the matcher below lets those through without the proxy (on the month-end
 * hot path it would cost a fifth of the time) and sends the rest here. A call without that header
 * (a replay, a script) has its body read: React's argument list must be field `0`, a JSON list.
 */
async function refuseForgedActionCall(request: NextRequest) {
  const notAForm = () => new NextResponse('Not a form.', { status: 400 });
  if (request.method !== 'POST') return notAForm();
  if (crossOrigin(request)) return new NextResponse('Cross-origin form.', { status: 403 });
  if (!/^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? ''))
    return notAForm();
  // No form of the portal comes near a million bytes; Next's own limit (next.config.ts
  // `serverActions.bodySizeLimit`, 1 MB) is answered with a 500.
  if (Number(request.headers.get('content-length')) >= 1_000_000)
    return new NextResponse('Too large.', { status: 413 });
  const args = await request
    .clone()
    .formData()
    .then((form) => form.get('0'))
    .catch(() => null);
  if (typeof args !== 'string' || !isJsonList(args)) return notAForm();
  return NextResponse.next();
}

const allowedOrigins = allowedOriginsOf(process.env.SERVER_ACTIONS_ALLOWED_ORIGINS);

const crossOrigin = (request: NextRequest) =>
  isCrossOrigin(
    request.headers.get('origin'),
    request.headers.get('x-forwarded-host') ?? request.headers.get('host'),
    allowedOrigins,
  );

function isJsonList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
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
      // An action call whose body is not multipart: text, JSON, empty (see refuseForgedActionCall).
      source: '/((?!_next/static|_next/image).*)',
      has: [{ type: 'header', key: 'next-action' }],
      missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
    {
      // An action call of a million bytes or more (7 digits): over the limit, or near it.
      source: '/((?!_next/static|_next/image).*)',
      has: [
        { type: 'header', key: 'next-action' },
        { type: 'header', key: 'content-length', value: '\\d{7,}' },
      ],
    },
    {
      // An action call a browser did not make from a page of this site (it would say same-origin).
      source: '/((?!_next/static|_next/image).*)',
      has: [{ type: 'header', key: 'next-action' }],
      missing: [{ type: 'header', key: 'sec-fetch-site', value: 'same-origin' }],
    },
    {
      // An action call not made by a page's router (every page's call carries this header).
      source: '/((?!_next/static|_next/image).*)',
      has: [{ type: 'header', key: 'next-action' }],
      missing: [{ type: 'header', key: 'next-router-state-tree' }],
    },
  ],
};
