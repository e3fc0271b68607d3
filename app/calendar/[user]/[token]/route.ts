import { calendarFeedOwner } from '@/db/queries/calendar-feeds';
import { dueCalendar } from '@/services/calendar';

// A resident's private calendar feed: the address is the key (decision 025). Anything but a live
// feed's address, an old one after a reset included, is 404 and tells nothing more.
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ user: string; token: string }> },
) {
  const { user, token } = await params;
  const owner = token.endsWith('.ics') ? await calendarFeedOwner(user, token.slice(0, -4)) : null;
  if (!owner)
    return new Response('Not found.', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const body = await dueCalendar(owner, new Date());
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="moy-gorod.ics"',
      // Calendar apps fetch it every few hours; nothing between may keep it.
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
