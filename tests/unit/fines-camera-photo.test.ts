import { describe, expect, it } from 'vitest';
import { makeUin } from '@/lib/fines';
import {
  cameraPhotoSvg,
  recordedSpeed,
  speedLimitAt,
  type CameraPhotoInput,
} from '@/lib/fines/camera-photo';

const speeding: CameraPhotoInput = {
  uin: makeUin('1881017714000000123'),
  plate: 'А123ВС77',
  model: 'Kia Rio',
  camera: 'Стрелка-СТ № КВ0417',
  place: 'г. Москва, Ленинградский пр-т, д. 37',
  // 21:42:13 UTC on 1 March is 00:42:13 on 2 March in Moscow.
  offenceAt: new Date('2015-03-01T21:42:13Z'),
  article: '12.9 ч.2',
};

/** The recorded speed the caption states, `V=<km/h>`. */
function captionSpeed(svg: string): number | null {
  const match = /V=(\d+) км\/ч/.exec(svg);
  return match ? Number(match[1]) : null;
}

const uins = Array.from({ length: 200 }, (_, i) =>
  makeUin(`18810177140${String(i * 7919).padStart(8, '0')}`),
);

describe('the camera frame of a fine', () => {
  it('is the same picture every time for the same fine, and another for another fine', () => {
    expect(cameraPhotoSvg({ ...speeding })).toBe(cameraPhotoSvg({ ...speeding }));
    const others = new Set(uins.slice(0, 20).map((uin) => cameraPhotoSvg({ ...speeding, uin })));
    expect(others.size).toBe(20);
  });

  it('shows the plate on the car and close up, the camera, and the Moscow time', () => {
    const svg = cameraPhotoSvg(speeding);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400"')).toBe(
      true,
    );
    // The series on the car's plate and in the close-up; the region in its own box on both.
    expect(svg.match(/>А123ВС</g)).toHaveLength(2);
    expect(svg.match(/>77</g)).toHaveLength(2);
    expect(svg).toContain('ГРЗ А123ВС77');
    expect(svg).toContain('Стрелка-СТ № КВ0417');
    expect(svg).toContain('02.03.2015 00:42:13');
    expect(svg).toContain('Ленинградский пр-т, д. 37');
  });

  it('says so when the plate is unknown', () => {
    expect(cameraPhotoSvg({ ...speeding, plate: null })).toContain('ГРЗ не распознан');
  });

  it('escapes markup in every text, so a hostile value cannot break or script the image', () => {
    const svg = cameraPhotoSvg({
      ...speeding,
      camera: 'Кордон <script>alert(1)</script>',
      place: 'ул. "Тверская" & \'Моховая\'\u0007',
      model: '<img src=x onerror=alert(1)>',
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('\u0007');
    expect(svg).toContain('Кордон &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('ул. &quot;Тверская&quot; &amp; &apos;Моховая&apos;');
    // Every element the frame draws is one of its own.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(
      [
        'defs',
        'ellipse',
        'line',
        'linearGradient',
        'path',
        'polygon',
        'rect',
        'stop',
        'svg',
        'text',
        'title',
      ].sort(),
    );
  });

  it.each([
    ['12.9 ч.2', 21, 40],
    ['12.9 ч.3', 41, 60],
    ['12.9 ч.6', 41, 60],
  ])('records a speed %s punishes: %i to %i km/h over the limit', (article, min, max) => {
    const seen = new Set<number>();
    for (const uin of uins) {
      const over = captionSpeed(cameraPhotoSvg({ ...speeding, uin, article }))! - 60;
      expect(over).toBeGreaterThanOrEqual(min);
      expect(over).toBeLessThanOrEqual(max);
      seen.add(over);
    }
    // Spread over the band rather than one number for every fine.
    expect(seen.size).toBeGreaterThan((max - min) / 2);
  });

  it('measures against the road’s limit: 100 on the МКАД, 60 in the city, or the one given', () => {
    expect(speedLimitAt('МКАД, 41-й км, внешняя сторона')).toBe(100);
    expect(speedLimitAt('г. Москва, ул. Покровка, д. 17')).toBe(60);
    const mkad = cameraPhotoSvg({ ...speeding, place: 'МКАД, 78-й км, внутренняя сторона' });
    expect(captionSpeed(mkad)! - 100).toBeGreaterThanOrEqual(21);
    expect(mkad).toContain('(разр. 100)');
    expect(cameraPhotoSvg({ ...speeding, speedLimit: 80 })).toContain('(разр. 80)');
  });

  it('shows no speed for an offence that is not speeding', () => {
    expect(recordedSpeed(speeding.uin, '12.12 ч.1', 60)).toBeNull();
    expect(captionSpeed(cameraPhotoSvg({ ...speeding, article: '12.16 ч.5' }))).toBeNull();
  });
});
