// Runs once when the server starts: a missing or malformed setting stops it with a clear message,
// instead of failing on the first request that needs it. Then the in-server jobs start (the monthly ЕПД).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { loadEnv } = await import('./lib/env-schema');
  const env = loadEnv(process.env);
  if (process.env.NEXT_PHASE === 'phase-production-build' || env.JOBS === 'off') return;
  const { startJobs } = await import('./server/jobs');
  startJobs();
}
