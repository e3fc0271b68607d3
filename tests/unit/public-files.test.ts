import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What a phone installing the portal, or a search engine crawling it, reads from public/.

const publicDir = path.join(process.cwd(), 'public');
const read = (name: string) => readFileSync(path.join(publicDir, name));

type ManifestIcon = { src: string; sizes: string; type: string };
type Manifest = { name: string; short_name: string; start_url: string; icons: ManifestIcon[] };

/** A PNG's width and height, from its IHDR chunk (always the first, at byte 16). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Whether robots.txt lets every crawler fetch `urlPath`: the longest matching rule wins, Allow on a tie. */
function crawlable(robots: string, urlPath: string): boolean {
  const rules: { allow: boolean; pattern: string }[] = [];
  let forEveryone = false;
  for (const raw of robots.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const [field, ...rest] = line.split(':');
    const value = rest.join(':').trim();
    const key = field?.trim().toLowerCase();
    if (key === 'user-agent') forEveryone = value === '*';
    else if (forEveryone && (key === 'allow' || key === 'disallow') && value) {
      rules.push({ allow: key === 'allow', pattern: value });
    }
  }
  const matching = rules.filter(({ pattern }) => {
    const anchored = pattern.endsWith('$');
    const body = (anchored ? pattern.slice(0, -1) : pattern)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    return new RegExp(`^${body}${anchored ? '$' : ''}`).test(urlPath);
  });
  if (matching.length === 0) return true;
  const longest = Math.max(...matching.map((rule) => rule.pattern.length));
  return matching.some((rule) => rule.allow && rule.pattern.length === longest);
}

const manifest = JSON.parse(read('manifest.webmanifest').toString('utf8')) as Manifest;

describe('the web app manifest', () => {
  it('names the portal and opens at the home page', () => {
    expect(manifest.name).toBe('Мой город');
    expect(manifest.short_name).toBe('Мой город');
    expect(manifest.start_url).toBe('/');
  });

  it('offers a 192 and a 512 pixel icon, as browsers ask for installing', () => {
    const sizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((i) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });

  it.each(manifest.icons.map((icon) => [icon.src, icon] as const))(
    'lists %s, which exists at the size it declares',
    (src, icon) => {
      const file = path.join(publicDir, src);
      expect(existsSync(file), `${src} is missing from public/`).toBe(true);
      const bytes = readFileSync(file);
      if (icon.type === 'image/png') {
        const [width, height] = icon.sizes.split('x').map(Number);
        expect(pngSize(bytes)).toEqual({ width, height });
      } else {
        expect(icon.type).toBe('image/svg+xml');
        expect(bytes.toString('utf8')).toMatch(/^<svg[\s>]/);
      }
    },
  );
});

describe('the icons the root layout declares', () => {
  it('has an SVG icon and a 180 pixel apple-touch-icon', () => {
    expect(read('icon.svg').toString('utf8')).toMatch(/^<svg[\s>]/);
    expect(pngSize(read('apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
  });
});

describe('robots.txt', () => {
  const robots = read('robots.txt').toString('utf8');

  it.each([
    '/',
    '/services',
    '/services/water-meters',
    '/fines',
    '/fines?plate=A123BC77',
    '/login',
    '/register',
  ])('lets crawlers read the public page %s', (urlPath) => {
    expect(crawlable(robots, urlPath)).toBe(true);
  });

  it.each([
    '/cabinet',
    '/cabinet/apartments/1',
    '/meters/water',
    '/housing/epd',
    '/payments',
    '/payments/1/pdf',
    '/health/appointments',
    '/profile',
    '/admin',
    '/admin/users',
    '/sandbox/pay/1',
    '/api/health',
    '/api/auth/signin',
    '/fines/1',
    '/fines/1/photo',
    '/login?next=%2Ffines',
    '/register?next=%2Fcabinet',
  ])('keeps crawlers out of the private path %s', (urlPath) => {
    expect(crawlable(robots, urlPath)).toBe(false);
  });
});
