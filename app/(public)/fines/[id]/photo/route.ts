import { notFound } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { cameraPhotoSvg } from '@/lib/fines/camera-photo';
import { fineForRequest } from '../fine-access';

// The camera's frame of a fine, drawn from the fine itself (lib/fines/camera-photo): the same fine
// always shows the same frame. An officer's fine has none.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const fine = await fineForRequest(id, request.nextUrl.searchParams.get('t'));
  if (!fine?.camera) notFound();
  const svg = cameraPhotoSvg({
    uin: fine.uin,
    plate: fine.plate,
    model: fine.vehicleModel,
    camera: fine.camera,
    place: fine.place,
    offenceAt: fine.offenceAt,
    article: fine.article,
  });
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      // Someone's car and plate: kept out of shared caches; an SVG must never run a script.
      'Cache-Control': 'private, max-age=3600',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
