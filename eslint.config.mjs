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
    // Shared UI and service forms never reach for the database directly.
    files: ['components/**', 'app/**/_components/**'],
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
