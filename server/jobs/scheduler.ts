// A small in-process scheduler: each job runs at start and then every `everyMs`, never overlapping
// itself; a failure is logged and the next tick tries again, so a job can never take the server down.

export type Job = {
  name: string;
  everyMs: number;
  run: (now: Date) => Promise<string | void>;
};

export type JobLog = Pick<Console, 'info' | 'error'>;

export type Scheduler = {
  /** Runs one job now unless it is already running; resolves when that run ends. */
  runNow: (name: string) => Promise<void>;
  stop: () => void;
};

export function startScheduler(
  jobs: readonly Job[],
  opts: { log?: JobLog; clock?: () => Date; startDelayMs?: number } = {},
): Scheduler {
  const log = opts.log ?? console;
  const clock = opts.clock ?? (() => new Date());
  const running = new Map<string, Promise<void>>();
  const timers: ReturnType<typeof setTimeout>[] = [];

  const runNow = (name: string): Promise<void> => {
    const job = jobs.find((j) => j.name === name);
    if (!job) return Promise.reject(new Error(`no job ${name}`));
    const inFlight = running.get(name);
    if (inFlight) return inFlight;
    const started = Date.now();
    const run = (async () => {
      try {
        const summary = await job.run(clock());
        if (summary) log.info(`[jobs] ${name}: ${summary} (${Date.now() - started} ms)`);
      } catch (error) {
        log.error(`[jobs] ${name} failed:`, error);
      } finally {
        running.delete(name);
      }
    })();
    running.set(name, run);
    return run;
  };

  for (const job of jobs) {
    const first = setTimeout(() => void runNow(job.name), opts.startDelayMs ?? 0);
    const every = setInterval(() => void runNow(job.name), job.everyMs);
    // Timers must not keep a process alive that is otherwise done (the CLI, the tests).
    first.unref();
    every.unref();
    timers.push(first, every);
  }

  return {
    runNow,
    stop: () => timers.forEach((timer) => clearTimeout(timer)),
  };
}
