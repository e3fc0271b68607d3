import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import type PaymentsMessages from '@/lib/i18n/messages/ru/payments.json';
import { renderReceiptPdf, type ReceiptPdfData } from '@/lib/payments/receipt-pdf';
import { pdfFaces } from '@/server/pdf/fonts';

async function textOf(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const content = await (await doc.getPage(1)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

const receipt: ReceiptPdfData = {
  receiptNumber: 'П-20141127-048219375510',
  status: 'Оплачен',
  paidAt: new Date('2014-11-27T21:30:00Z'),
  amountKopecks: 234_567,
  cardLast4: '1111',
  payee: 'ГБУ города Москвы «ЕИРЦ Мой город»',
  items: [{ description: 'ЕПД за ноябрь 2014 г.', amountKopecks: 234_567 }],
};

describe('the payment receipt PDF', () => {
  it('states in Russian what was paid, how much, when in Moscow time, and with which card', async () => {
    const messages = (await loadMessages('ru')) as unknown as {
      payments: typeof PaymentsMessages;
    };
    const text = await textOf(await renderReceiptPdf(receipt, messages.payments.pdf, pdfFaces()));

    expect(text).toContain('Квитанция об оплате');
    expect(text).toContain('П-20141127-048219375510');
    expect(text).toContain('ЕПД за ноябрь 2014 г.');
    expect(text).toContain('2 345,67 ₽');
    // 21:30 UTC is already the next day in Moscow.
    expect(text).toContain('28 ноября 2014 г. в 00:30');
    expect(text).toContain('•••• 1111');
  });
});
