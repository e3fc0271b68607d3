import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/config';
import { loadMessages, messageAreas } from '@/lib/i18n/messages';
import { serviceMessageAreas } from '@/services/registry';

// Every message in one language must exist in the other, or a visitor sees a raw key instead of text.

type Leaves = Map<string, string>;

function leaves(value: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (typeof value === 'string') out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${prefix}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) leaves(v, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, String(value));
  return out;
}

/** The arguments a message takes at its top level: `{name}` or `{count, plural, …}`. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const char = message[i];
    if (char === '{') {
      if (depth === 0) {
        const name = /^\{\s*([\p{L}_][\p{L}\p{N}_]*)\s*[,}]/u.exec(message.slice(i))?.[1];
        if (name) names.add(name);
      }
      depth++;
    } else if (char === '}') depth = Math.max(0, depth - 1);
  }
  return [...names].sort();
}

const messagesDir = path.join(process.cwd(), 'lib/i18n/messages');
const [first, second] = locales;
// The portal's areas and those the service modules bring of their own.
const allAreas = [...messageAreas, ...serviceMessageAreas()];

describe('message files', () => {
  it('exist for every area in every language, and no area is left out of the list', () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(messagesDir, locale))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort();
      expect(files, locale).toEqual([...allAreas].sort());
    }
  });

  it.each(allAreas.map((area) => [area]))(
    '%s: every key exists in both languages, with the same arguments',
    async (area) => {
      const [a, b] = await Promise.all([
        loadMessages(first, serviceMessageAreas()),
        loadMessages(second, serviceMessageAreas()),
      ]);
      const left = leaves(a[area]);
      const right = leaves(b[area]);
      expect(
        [...left.keys()].filter((k) => !right.has(k)),
        `missing in ${second}`,
      ).toEqual([]);
      expect(
        [...right.keys()].filter((k) => !left.has(k)),
        `missing in ${first}`,
      ).toEqual([]);
      const differing = [...left.entries()]
        .filter(
          ([k, v]) => right.has(k) && argumentsOf(v).join() !== argumentsOf(right.get(k)!).join(),
        )
        .map(([k]) => k);
      expect(differing, 'messages whose {arguments} differ').toEqual([]);
      for (const [key, value] of [...left, ...right]) {
        expect(value.trim(), `${area}.${key} is empty`).not.toBe('');
      }
    },
  );
});
