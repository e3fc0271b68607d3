import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '@/db/client';
import { migrateDb } from '@/db/migrate';
import { seed } from '@/db/seed';

// With TEST_DATABASE_URL: one migrated and seeded template database per run; each test file
// then gets its own copy (CREATE DATABASE … TEMPLATE), so workers never share data.
// Without it, each test file opens its own in-memory PGlite (tests/setup/db.ts).
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const template = `mg_tmpl_${randomBytes(4).toString('hex')}`;
  const admin = openPostgres(url, 1);
  await admin.db.execute(`CREATE DATABASE ${template}`);
  const handle = openPostgres(withDatabase(url, template), 2);
  await migrateDb(handle);
  await seed(handle.db);
  await handle.close();
  project.provide('pgTemplate', template);
  return async () => {
    await admin.db.execute(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.close();
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
