import { readingsCsvResponse } from '../../../csv-response';

export async function GET(_request: Request, { params }: { params: Promise<{ meterId: string }> }) {
  return readingsCsvResponse('water', (await params).meterId);
}
