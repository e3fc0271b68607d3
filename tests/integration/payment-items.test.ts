import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listMyFines } from '@/db/queries/fines';
import { getPayment, startPayment } from '@/db/queries/payments';
import { vehicleLinks, vehicles } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { paymentItemViews } from '@/services/payments/items';
import { viewerOf } from '../setup/fixtures';
import { testAcquirer } from '../setup/payments';

// A payment's page and receipt name each fine it paid by its УИН, the number the payer finds on the
// постановление, as long as the fine is still theirs to see.

const secret = 'payment-items-test-secret-of-some-length-0123456789';

const acquirer = () => testAcquirer(secret);

describe('a fine in a payment', () => {
  it('is named by its УИН on the receipt, and only as «Штраф» once the car is unlinked', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const now = new Date();
    const fine = (await listMyFines(resident, now))!.fines.find(
      (f) => f.status.kind === 'discount' && f.plate === demoRecords.residentVehicle.plate,
    )!;
    const acq = acquirer();
    const started = await startPayment(
      resident,
      {
        idempotencyKey: crypto.randomUUID(),
        items: [
          {
            kind: 'fine',
            refId: fine.id,
            amountKopecks: fine.status.kind === 'discount' ? fine.status.payKopecks : 0,
          },
        ],
      },
      acq.provider,
      {
        returnUrl: (id) => `/payments/${id}`,
        callbackUrl: 'http://127.0.0.1/api/payments/sandbox/callback',
      },
      now,
    );
    if (!started.ok) throw new Error(`not started: ${started.error}`);
    await acq.payWithCard(
      started.payUrl!.split('/').at(-1)!,
      { number: '4111 1111 1111 1111', expiry: '12/39', cvc: '123', holder: 'IVAN IVANOV' },
      new Date(),
    );
    await acq.settled();
    const payment = (await getPayment(resident, started.paymentId))!;
    expect(payment.status).toBe('succeeded');

    const described = async () =>
      (await paymentItemViews(resident, payment, { locale: 'ru', now: new Date() })).map(
        (item) => ({ uin: item.reference, text: item.name }),
      );

    expect(await described()).toEqual([{ uin: fine.uin, text: `Штраф, УИН ${fine.uin}` }]);

    // Once the car is no longer hers, the payment keeps the fine's kind but not its number.
    const [car] = await db
      .select({ id: vehicles.id })
      .from(vehicles)
      .where(eq(vehicles.plate, demoRecords.residentVehicle.plate));
    await db
      .delete(vehicleLinks)
      .where(and(eq(vehicleLinks.vehicleId, car!.id), eq(vehicleLinks.userId, resident.id)));
    expect(await described()).toEqual([{ uin: null, text: 'Штраф' }]);
  });
});
