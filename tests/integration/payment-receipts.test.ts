import { addMonths, CITY_TIME_ZONE, type Period } from '@/lib/city';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { paymentReceiptPdf } from '@/app/(resident)/payments/[id]/receipt-pdfs';
import { generateEpds } from '@/db/queries/epd';
import { getPayment, refundPayment, startPayment } from '@/db/queries/payments';
import { apartments, epds } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { housingSeedPeriod } from '@/db/seed/housing';
import type { Viewer } from '@/lib/auth/roles';
import { viewerOf } from '../setup/fixtures';
import { testAcquirer, testUrls } from '../setup/payments';
import { readOrder, readTaggedPdf } from '../setup/tagged-pdf';

// What the receipt routes answer (app/(resident)/payments/[id]/pdf and …/refund/pdf): a refunded
// payment keeps its receipt, marked refunded, and has a refund receipt; no one else gets either.

const secret = 'payment-receipts-test-secret-of-some-length-0123';
const period: Period = addMonths(housingSeedPeriod('water', new Date()), -1);
const card = { number: '4111 1111 1111 1111', expiry: '12/39', cvc: '123', holder: 'IVAN IVANOV' };
const moscow = new Intl.DateTimeFormat('ru', {
  timeZone: CITY_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

let resident: Viewer;
let neighbour: Viewer;
let admin: Viewer;

async function epdIdOf(payerCode: string) {
  const [row] = await db
    .select({ id: epds.id })
    .from(epds)
    .innerJoin(apartments, eq(apartments.id, epds.apartmentId))
    .where(and(eq(apartments.payerCode, payerCode), eq(epds.period, period)));
  return row!.id;
}

/** A payment of part of the resident's ЕПД with the card that pays. */
async function paid(amountKopecks: number) {
  const acq = testAcquirer(secret);
  const refId = await epdIdOf(demoRecords.residentApartments[1].payerCode);
  const started = await startPayment(
    resident,
    { idempotencyKey: crypto.randomUUID(), items: [{ kind: 'epd', refId, amountKopecks }] },
    acq.provider,
    testUrls,
    new Date(),
  );
  if (!started.ok) throw new Error(`not started: ${started.error}`);
  await acq.payWithCard(started.payUrl!.split('/').at(-1)!, card, new Date());
  await acq.settled();
  return { id: started.paymentId, acq };
}

const readingOf = async (pdf: Buffer) => (await readTaggedPdf(pdf)).reading;

beforeAll(async () => {
  resident = await viewerOf('resident@moygorod.test');
  neighbour = await viewerOf('neighbour@moygorod.test');
  admin = await viewerOf('admin@moygorod.test');
  await generateEpds(period);
});

describe('a refunded payment’s receipts', () => {
  it('the payer keeps the receipt, marked refunded, and gets a refund receipt of it', async () => {
    const { id, acq } = await paid(1_234);
    expect(await refundPayment(admin, id, acq.provider, new Date())).toEqual({ ok: true });
    const payment = (await getPayment(resident, id))!;
    expect(payment.status).toBe('refunded');
    const number = payment.receiptNumber!;
    const refundedAt = moscow.format(payment.refundedAt!);

    const receipt = (await paymentReceiptPdf(resident, id, 'payment'))!;
    expect(receipt.fileName).toBe(`receipt${number.slice(1)}.pdf`);
    expect(
      readOrder(await readingOf(receipt.pdf), [
        'Квитанция об оплате',
        `Платёж возвращён ${refundedAt}`,
        number,
        'Возвращён',
        moscow.format(payment.succeededAt!),
        '12,34 ₽',
      ]),
    ).toEqual([
      'Квитанция об оплате',
      `Платёж возвращён ${refundedAt}`,
      number,
      'Возвращён',
      moscow.format(payment.succeededAt!),
      '12,34 ₽',
    ]);

    const refund = (await paymentReceiptPdf(resident, id, 'refund'))!;
    expect(refund.fileName).toBe(`refund${number.slice(1)}.pdf`);
    const refundReading = await readingOf(refund.pdf);
    expect(
      readOrder(refundReading, [
        'Чек возврата',
        'Дата и время возврата',
        refundedAt,
        'Номер квитанции платежа',
        number,
        'Что возвращено',
        'Итого возвращено',
        '12,34 ₽',
      ]),
    ).toEqual([
      'Чек возврата',
      'Дата и время возврата',
      refundedAt,
      'Номер квитанции платежа',
      number,
      'Что возвращено',
      'Итого возвращено',
      '12,34 ₽',
    ]);
    // What went back is named as on the payment's receipt.
    expect(refundReading.some((e) => e.role === 'TH' && e.text.startsWith('ЕПД за '))).toBe(true);
  });

  it('another resident gets neither, as for any payment not theirs', async () => {
    const { id, acq } = await paid(2_345);
    await refundPayment(admin, id, acq.provider, new Date());

    expect(await paymentReceiptPdf(neighbour, id, 'payment')).toBeNull();
    expect(await paymentReceiptPdf(neighbour, id, 'refund')).toBeNull();
    expect(await paymentReceiptPdf(resident, id, 'refund')).not.toBeNull();
  });
});

describe('a payment that was not refunded', () => {
  it('has its receipt, unmarked, and no refund receipt', async () => {
    const { id } = await paid(3_456);

    const receipt = (await paymentReceiptPdf(resident, id, 'payment'))!;
    const texts = (await readingOf(receipt.pdf)).map((e) => e.text);
    expect(texts).toContain('Оплачен');
    expect(texts.some((t) => t.startsWith('Платёж возвращён'))).toBe(false);
    expect(await paymentReceiptPdf(resident, id, 'refund')).toBeNull();
  });
});
