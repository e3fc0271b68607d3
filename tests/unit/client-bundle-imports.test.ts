import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What a page's first download carries is decided by the static imports of its client components.
// Zod (about 48 KB compressed) is loaded only when a form is first used (decision 032): no client
// component may reach it through a static import, only through `import()` of a schema module.

const root = resolve(__dirname, '../..');
const sourceDirs = ['app', 'components', 'services', 'lib'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

/** The modules a file imports statically for their values (not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm))
    if (!m[1]) found.push(m[2]!);
  for (const m of source.matchAll(/^import\s+'([^']+)'/gm)) found.push(m[1]!);
  return found;
}

function resolveModule(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** The chain of static imports from `file` to zod, if there is one. */
function pathToZod(file: string, seen = new Set<string>()): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  // A server action's module stays on the server: the browser gets a reference to call.
  if (/^['"]use server['"]/.test(readFileSync(file, 'utf8'))) return null;
  for (const specifier of staticImports(file)) {
    if (
      specifier === 'zod' ||
      specifier.startsWith('zod/') ||
      specifier.startsWith('@hookform/resolvers')
    )
      return [file, specifier];
    const next = resolveModule(file, specifier);
    const rest = next && pathToZod(next, seen);
    if (rest) return [file, ...rest];
  }
  return null;
}

const clientComponents = sourceDirs
  .flatMap((dir) => files(join(root, dir)))
  .filter((file) => /^['"]use client['"]/.test(readFileSync(file, 'utf8')));

describe('the browser’s first download', () => {
  it('finds the client components to check', () => {
    expect(clientComponents.length).toBeGreaterThan(20);
  });

  it.each(clientComponents.map((file) => [file.slice(root.length + 1), file]))(
    '%s reaches zod only through a schema loaded on use',
    (_name, file) => {
      const chain = pathToZod(file);
      expect(chain?.map((f) => f.replace(`${root}/`, '')) ?? null).toBeNull();
    },
  );
});
