import { addMonths, moscowTime, periodParts, type Period } from '@/lib/city';
import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { generateEpds, getEpd, listEpds } from '@/db/queries/epd';
import { apartments, epdLines, epds, meterReadings, meters, readingSubmissions } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { housingSeedPeriod } from '@/db/seed/housing';
import { normVolume, NO_READINGS_MULTIPLIER, sumDecimals } from '@/lib/housing';
import { epdPdf } from '@/lib/housing/epd-pdf';
import { epdJob } from '@/services/housing';
import { epdPeriodDue } from '@/lib/housing/epd-period';
import { newResident, viewerOf } from '../setup/fixtures';
import { pdfFaces } from '@/server/pdf/fonts';

// The seed gives the named apartments a year of readings ending with `lastRead`, the period before
// the one residents can submit for today.
const lastRead: Period = addMonths(housingSeedPeriod('water', new Date()), -1);
const [home] = demoRecords.residentApartments;

async function apartmentId(payerCode: string) {
  const [row] = await db
    .select({ id: apartments.id })
    .from(apartments)
    .where(eq(apartments.payerCode, payerCode));
  return row!.id;
}

async function epdOf(payerCode: string, period: Period) {
  const [row] = await db
    .select()
    .from(epds)
    .where(and(eq(epds.apartmentId, await apartmentId(payerCode)), eq(epds.period, period)));
  if (!row) return null;
  const lines = await db
    .select()
    .from(epdLines)
    .where(eq(epdLines.epdId, row.id))
    .orderBy(asc(epdLines.service), asc(epdLines.zone));
  return { ...row, lines };
}

async function snapshot() {
  const documents = await db.select().from(epds).orderBy(asc(epds.id));
  const lines = await db.select().from(epdLines).orderBy(asc(epdLines.id));
  return { documents, lines };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
}

describe('monthly ЕПД generation', () => {
  const total = () => db.$count(apartments);

  beforeAll(async () => {
    await generateEpds(addMonths(lastRead, -1));
  });

  it('gives every apartment one ЕПД for the period, its charges from the readings', async () => {
    const epd = await epdOf(home.payerCode, addMonths(lastRead, -1));
    expect(await db.$count(epds, eq(epds.period, addMonths(lastRead, -1)))).toBe(await total());
    expect(epd!.debtKopecks).toBe(0);
    expect(epd!.chargedKopecks).toBe(epd!.lines.reduce((s, l) => s + l.chargeKopecks, 0));
    expect(epd!.lines.find((l) => l.service === 'cold_water')?.basis).toBe('reading');
    expect(epd!.lines.find((l) => l.service === 'heating')?.basis).toBe('area');
  });

  it('carries the previous ЕПД total into the next one as debt', async () => {
    const summary = await generateEpds(lastRead);
    expect(summary.created).toBe(await total());
    const previous = await epdOf(home.payerCode, addMonths(lastRead, -1));
    const epd = await epdOf(home.payerCode, lastRead);
    expect(epd!.debtKopecks).toBe(previous!.totalKopecks);
    expect(epd!.totalKopecks).toBe(epd!.chargedKopecks + previous!.totalKopecks);
    expect(epd!.dueDate).toBe(`${addMonths(lastRead, 1).slice(0, 8)}10`);
  });

  it('changes nothing when the same period is generated again', async () => {
    const before = await snapshot();
    const summary = await generateEpds(lastRead);
    expect(summary).toEqual({ period: lastRead, created: 0, alreadyThere: await total() });
    expect(await snapshot()).toEqual(before);
  });

  it('bills a period without readings on the average for 3 periods, then on the norm × 1.5 × residents', async () => {
    const bases: string[] = [];
    for (let i = 1; i <= 4; i++) {
      await generateEpds(addMonths(lastRead, i));
      const epd = await epdOf(home.payerCode, addMonths(lastRead, i));
      const cold = epd!.lines.filter((l) => l.service === 'cold_water');
      expect(cold).toHaveLength(1);
      bases.push(cold[0]!.basis);
      if (i === 4) {
        expect(cold[0]!.volume).toBe(
          normVolume('cold_water', home.residents, NO_READINGS_MULTIPLIER),
        );
        const hot = epd!.lines.find((l) => l.service === 'hot_water');
        const disposal = epd!.lines.find((l) => l.service === 'water_disposal');
        expect(disposal!.volume).toBe(sumDecimals([cold[0]!.volume, hot!.volume]));
      }
    }
    expect(bases).toEqual(['average', 'average', 'average', 'norm']);
  });

  it('does not charge the estimated months again when readings come back', async () => {
    const period = addMonths(lastRead, 5);
    const id = await apartmentId(home.payerCode);
    const coldMeters = await db
      .select({ id: meters.id })
      .from(meters)
      .where(and(eq(meters.apartmentId, id), eq(meters.kind, 'cold_water')));
    const [submission] = await db
      .insert(readingSubmissions)
      .values({
        apartmentId: id,
        kind: 'water',
        period,
        submittedBy: (await viewerOf('resident@moygorod.test')).id,
        receiptNumber: `В-test-${period}`,
      })
      .returning({ id: readingSubmissions.id });
    for (const meter of coldMeters) {
      const [last] = await db
        .select({ value: meterReadings.value })
        .from(meterReadings)
        .where(and(eq(meterReadings.meterId, meter.id), eq(meterReadings.period, lastRead)));
      await db.insert(meterReadings).values({
        meterId: meter.id,
        period,
        value: sumDecimals([last!.value, '100']),
        submissionId: submission!.id,
      });
    }
    const estimated = [];
    for (let i = 1; i <= 4; i++) {
      const epd = await epdOf(home.payerCode, addMonths(lastRead, i));
      estimated.push(...epd!.lines.filter((l) => l.service === 'cold_water').map((l) => l.volume));
    }

    await generateEpds(period);
    const epd = await epdOf(home.payerCode, period);
    const cold = epd!.lines.filter((l) => l.service === 'cold_water');
    expect(cold).toHaveLength(1);
    expect(cold[0]!.basis).toBe('reading');
    expect(sumDecimals([cold[0]!.volume, ...estimated])).toBe(
      sumDecimals(coldMeters.map(() => '100')),
    );
  });

  it('bills an apartment that never sent readings on the norm × 1.5 from the start', async () => {
    const [flat] = await db
      .select({ id: apartments.id, residents: apartments.registeredResidents })
      .from(apartments)
      .where(
        and(
          sql`exists (select 1 from ${meters} m where m.apartment_id = ${apartments.id} and m.kind = 'cold_water')`,
          sql`not exists (select 1 from ${meters} m join ${meterReadings} r on r.meter_id = m.id where m.apartment_id = ${apartments.id})`,
        ),
      )
      .limit(1);
    const [epd] = await db
      .select({ id: epds.id })
      .from(epds)
      .where(and(eq(epds.apartmentId, flat!.id), eq(epds.period, lastRead)));
    const cold = await db
      .select({ volume: epdLines.volume, basis: epdLines.basis })
      .from(epdLines)
      .where(and(eq(epdLines.epdId, epd!.id), eq(epdLines.service, 'cold_water')));
    expect(cold).toEqual([
      { volume: normVolume('cold_water', flat!.residents, NO_READINGS_MULTIPLIER), basis: 'norm' },
    ]);
  });
});

describe('reading the ЕПД', () => {
  it('lists the viewer’s apartments with their ЕПД, newest first', async () => {
    const resident = await viewerOf('resident@moygorod.test');
    const list = await listEpds(resident);
    expect(list.map((a) => a.payerCode).sort()).toEqual(
      demoRecords.residentApartments.map((a) => a.payerCode).sort(),
    );
    const periods = list.find((a) => a.payerCode === home.payerCode)!.epds.map((e) => e.period);
    expect(periods[0]! > periods.at(-1)!).toBe(true);
  });

  it('answers another person’s ЕПД as not found', async () => {
    const epd = await epdOf(home.payerCode, lastRead);
    const neighbour = await viewerOf('neighbour@moygorod.test');
    expect(await getEpd(neighbour, epd!.id)).toBeNull();
    expect(await getEpd(await newResident(), epd!.id)).toBeNull();
    expect(await listEpds(await newResident())).toEqual([]);
    expect(await getEpd(null, epd!.id)).toBeNull();
    expect(await getEpd(neighbour, 'not-a-uuid')).toBeNull();
  });

  it('shows the owner the ЕПД with its lines, debt and due date', async () => {
    const stored = await epdOf(home.payerCode, lastRead);
    const epd = await getEpd(await viewerOf('resident@moygorod.test'), stored!.id);
    expect(epd).toMatchObject({
      period: lastRead,
      totalKopecks: stored!.totalKopecks,
      debtKopecks: stored!.debtKopecks,
      dueDate: stored!.dueDate,
      apartment: { payerCode: home.payerCode, flat: home.flat },
    });
    expect(epd!.lines).toHaveLength(stored!.lines.length);
  });

  it('builds a PDF with the payer code, the amounts and Russian text', async () => {
    const stored = await epdOf(home.payerCode, lastRead);
    const epd = await getEpd(await viewerOf('resident@moygorod.test'), stored!.id);
    const { pdf, fileName } = await epdPdf(epd!, 'ru', pdfFaces());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fileName).toBe(`epd-${home.payerCode}-${lastRead.slice(0, 7)}.pdf`);
    const text = await pdfText(pdf);
    expect(text).toContain(home.payerCode);
    expect(text).toContain('Единый платёжный документ');
    expect(text).toContain('Холодное водоснабжение');
    expect(text).toContain('Оплатить до');
  });
});

describe('the monthly job', () => {
  it('generates the period whose readings have closed, and a second run does nothing', async () => {
    const period = addMonths(lastRead, 6);
    const { year, month } = periodParts(addMonths(period, 1));
    // The 4th of the next month: the water readings for the period closed on the 3rd.
    const now = moscowTime(year, month, 4, 0, 0, 1);
    expect(epdPeriodDue(now)).toBe(period);
    expect(await epdJob.run(now)).toMatch(`${await db.$count(apartments)} created`);
    expect(await db.$count(epds, eq(epds.period, period))).toBe(await db.$count(apartments));
    expect(await epdJob.run(now)).toBeUndefined();
  });

  it('leaves one ЕПД per apartment when two runs race for the same period', async () => {
    const period = addMonths(lastRead, 7);
    const runs = await Promise.all([generateEpds(period), generateEpds(period)]);
    const apartmentsCount = await db.$count(apartments);
    expect(runs[0]!.created + runs[1]!.created).toBe(apartmentsCount);
    expect(await db.$count(epds, eq(epds.period, period))).toBe(apartmentsCount);
  });
});
