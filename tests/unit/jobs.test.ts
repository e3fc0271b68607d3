import { moscowTime } from '@/lib/city';
import { describe, expect, it, vi } from 'vitest';
import { epdPeriodDue } from '@/lib/housing/epd-period';
import { startScheduler, type Job } from '@/server/jobs/scheduler';

describe('epdPeriodDue: the ЕПД of a month is generated once its reading windows have closed', () => {
  it.each([
    // Water readings for November are accepted until 3 December 23:59 Moscow time.
    [moscowTime(2014, 12, 3, 23, 59, 59), '2014-10-01'],
    [moscowTime(2014, 12, 4, 0, 0, 0), '2014-11-01'],
    [moscowTime(2014, 12, 31, 23, 59), '2014-11-01'],
    // December to January.
    [moscowTime(2015, 1, 1, 0, 0), '2014-11-01'],
    [moscowTime(2015, 1, 4, 0, 0, 1), '2014-12-01'],
    // February: January's window closes on 3 February.
    [moscowTime(2015, 2, 4, 9, 0), '2015-01-01'],
    [moscowTime(2015, 3, 1, 0, 0), '2015-01-01'],
  ])('at %s → %s', (now, period) => {
    expect(epdPeriodDue(now)).toBe(period);
  });
});

it('follows the configured windows: water until the 10th moves the ЕПД of November to the 11th', () => {
  const windows = {
    water: { startDay: 20, endDay: 10 },
    electricity: { startDay: 15, endDay: 26 },
  };
  expect(epdPeriodDue(moscowTime(2014, 12, 10, 23, 59), windows)).toBe('2014-10-01');
  expect(epdPeriodDue(moscowTime(2014, 12, 11, 0, 0), windows)).toBe('2014-11-01');
});

describe('the in-server scheduler', () => {
  const quietLog = () => ({ info: vi.fn(), error: vi.fn() });

  it('never runs a job twice at the same time', async () => {
    let release!: () => void;
    const run = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const job: Job = { name: 'slow', everyMs: 60_000, run };
    const scheduler = startScheduler([job], { log: quietLog(), startDelayMs: 60_000 });
    const first = scheduler.runNow('slow');
    const second = scheduler.runNow('slow');
    expect(run).toHaveBeenCalledTimes(1);
    release();
    await Promise.all([first, second]);
    // Once it has finished, the next tick runs it again.
    const third = scheduler.runNow('slow');
    expect(run).toHaveBeenCalledTimes(2);
    release();
    await third;
    scheduler.stop();
  });

  it('logs a failing job and keeps going', async () => {
    const log = quietLog();
    let calls = 0;
    const job: Job = {
      name: 'flaky',
      everyMs: 60_000,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database unavailable');
        return 'done';
      },
    };
    const scheduler = startScheduler([job], { log, startDelayMs: 60_000 });
    await expect(scheduler.runNow('flaky')).resolves.toBeUndefined();
    expect(log.error).toHaveBeenCalledWith('[jobs] flaky failed:', expect.any(Error));
    await scheduler.runNow('flaky');
    expect(log.info).toHaveBeenCalledWith(expect.stringContaining('flaky: done'));
    scheduler.stop();
  });
});
