import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every schema file, so a new service's tables are found without a line in db/schema/index.ts.
  schema: './db/schema/*.ts',
  out: './db/migrations',
  strict: true,
  casing: 'snake_case',
});
