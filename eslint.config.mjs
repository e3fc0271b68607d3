import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

const DB_IMPORT = /^(@\/db|(\.\.\/)+db)(\/|$)/;

/** A module marked 'use client' must not import the database layer. */
const noDbInClient = {
  meta: {
    type: 'problem',
    messages: { db: 'Client components must not import the database layer (db/).' },
  },
  create(context) {
    let client = false;
    return {
      Program(node) {
        client = node.body.some(
          (s) => s.type === 'ExpressionStatement' && s.directive === 'use client',
        );
      },
      ImportDeclaration(node) {
        if (client && DB_IMPORT.test(String(node.source.value)))
          context.report({ node, messageId: 'db' });
      },
    };
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle, local: { rules: { 'no-db-in-client': noDbInClient } } },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'local/no-db-in-client': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(update|delete)$/][arguments.0.name='auditLog']",
          message: 'The audit log is append-only.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Service forms never reach for the database directly.
    files: ['app/**/_components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@/db(/|$)',
              message: 'UI goes through the DAL in db/queries via server code.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared UI is below the app: it is handed data and actions, it does not fetch or import them.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)(db|server|services)(/|$)',
              message: 'Shared UI is handed its data: the page reads it through the DAL.',
            },
            {
              regex: '^(@/|(\\.\\./)+)app(/|$)',
              message: 'components/ may not import app/: pass the action down as a prop.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ is pure rules and schemas: no database, no server adapters, no environment, no clock.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(@/|(\\.\\./)+)(db|server|services|app)(/|$)',
              message:
                'lib/ is pure: the data access layer (db/), the server adapters (server/) and the services call it, not the reverse.',
            },
            {
              regex:
                '^(server-only|next/(headers|cache|navigation|server)|next-auth(/.*)?|drizzle-orm(/.*)?|postgres|@electric-sql/pglite|nodemailer|(node:)?(fs|fs/promises|net|http|https|child_process))$',
              message: 'lib/ is pure: I/O and request state belong in server/ or db/.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^(update|delete)$/][arguments.0.name='auditLog']",
          message: 'The audit log is append-only.',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'lib/ reads no environment: the validated settings are passed in (server/env).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'lib/ has no clock: take `now` as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'lib/ has no clock: take `now` as an argument.',
        },
      ],
    },
  },
  globalIgnores([
    '.next-*/**',
    '**/.next/**',
    '.next/**',
    'node_modules/**',
    '.data/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench/results/**',
  ]),
]);
