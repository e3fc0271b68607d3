import { recordVisit } from '@/db/queries/usage';

/**
 * The visit beacon (components/layout/visit-beacon.tsx): counts a unique visitor for the Moscow day.
 * Answers 204 either way; another site's page cannot count visits for us.
 */
export async function POST(request: Request): Promise<Response> {
  const site = request.headers.get('sec-fetch-site');
  if (site === null || site === 'same-origin') await recordVisit(request.headers, new Date());
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
