// Runs once when the server starts: a missing or malformed setting stops it with a clear message,
// instead of failing on the first request that needs it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { loadEnv } = await import('./lib/env-schema');
  loadEnv();
}
