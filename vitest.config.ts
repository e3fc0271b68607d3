import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; tests import the DAL directly.
      'server-only': path.join(root, 'tests/setup/empty.ts'),
    },
  },
};

export default defineConfig({
  plugins: [react()],
  ...shared,
  test: {
    globals: true,
    env: {
      AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
      NODE_ENV: 'test',
      // Without SMTP, mail goes to the local outbox: the tests' own, outside the project.
      MAIL_OUTBOX_DIR: path.join(os.tmpdir(), 'moy-gorod-test-mail'),
    },
    projects: [
      {
        ...shared,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/global-db.ts'],
          setupFiles: ['tests/setup/db.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        ...shared,
        plugins: [react()],
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/components.ts'],
        },
      },
    ],
  },
});
