import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

afterEach(() => cleanup());

// The forms load their schemas on first use (SchemaLoader, decision 032). In a browser the schema
// is in by the time a field is left; here the first import of each would take the test runner a
// transform, longer than a click. Loaded once before the tests, each form's import() finds it.
beforeAll(async () => {
  await Promise.all([
    import('@hookform/resolvers/zod'),
    import('@/lib/accounts/schemas'),
    import('@/lib/registry/schemas'),
    import('@/lib/fines/licence-schema'),
    import('@/lib/fines/check-schemas'),
    import('@/lib/housing/reading-form'),
    import('@/lib/housing/pay-form'),
    import('@/lib/payments/sandbox-forms'),
  ]);
});
