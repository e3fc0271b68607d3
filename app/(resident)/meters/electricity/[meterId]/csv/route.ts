import { readingsCsvResponse } from '../../../csv-response';

export async function GET(_request: Request, { params }: { params: Promise<{ meterId: string }> }) {
  return readingsCsvResponse('electricity', (await params).meterId);
}
