import 'server-only';
import { getFine } from '@/db/queries/fines';
import { getViewer } from '@/server/auth/viewer';

/**
 * The fine a request may see: the viewer's own, or one their check opened (`?t=`). The page, the
 * photo and the decision all go through this, so none of them shows more than the others.
 */
export async function fineForRequest(id: string, token: string | string[] | null | undefined) {
  return getFine(await getViewer(), id, typeof token === 'string' ? token : null, new Date());
}

/** The query string that carries a check's token on to the photo, the decision and back. */
export const tokenQuery = (token: string | string[] | null | undefined) =>
  typeof token === 'string' && token !== '' ? `?t=${encodeURIComponent(token)}` : '';
