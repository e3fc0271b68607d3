import { moscowWallClock } from '@/lib/city';

// A camera fine's "photo": a frame drawn as SVG, as the registry has no real ones. Everything in it
// follows from the fine: the УИН seeds the car's lane, colour and the recorded speed, so the same fine
// shows the same frame on every request and in every test. Officers' fines have no photo.

export type CameraPhotoInput = {
  uin: string;
  plate: string | null;
  model: string | null;
  camera: string;
  place: string;
  offenceAt: Date;
  /** Stored spelling: `12.9 ч.2`. */
  article: string;
  /** The road's limit in km/h; by default the usual one for the place (speedLimitAt). */
  speedLimit?: number;
};

export type RecordedSpeed = { limit: number; recorded: number };

/**
 * How far over the limit each part of КоАП 12.9 punishes, in km/h (more than 20 up to 40, and so on);
 * parts 6 and 7 are the repeated offences of parts 3 and 4–5.
 */
const SPEEDING_EXCESS: Readonly<Record<string, readonly [number, number]>> = {
  '12.9 ч.2': [21, 40],
  '12.9 ч.3': [41, 60],
  '12.9 ч.4': [61, 80],
  '12.9 ч.5': [81, 100],
  '12.9 ч.6': [41, 60],
  '12.9 ч.7': [61, 100],
};

/** Moscow's limits: 100 km/h on the МКАД, 80 on the Третье транспортное кольцо, 60 elsewhere. */
export function speedLimitAt(place: string): number {
  if (/МКАД/u.test(place)) return 100;
  if (/ТТК|Третье транспортное/u.test(place)) return 80;
  return 60;
}

/** The speed a camera recorded for a speeding fine, within its article's band; null for any other. */
export function recordedSpeed(uin: string, article: string, limit: number): RecordedSpeed | null {
  const band = SPEEDING_EXCESS[article];
  if (!band) return null;
  return { limit, recorded: limit + seeded(uin, 'speed', band[0], band[1]) };
}

/** FNV-1a of the УИН and a purpose: each drawn feature has its own stream, stable across releases. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** An integer in min…max (inclusive) drawn from the УИН for `purpose`. */
function seeded(uin: string, purpose: string, min: number, max: number): number {
  return min + (hash(`${uin}:${purpose}`) % (max - min + 1));
}

// XML 1.0 forbids these control characters even escaped, so they go.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A line of the caption, cut to what fits the frame's width in the monospace font. */
function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const W = 640;
const H = 400;
const HORIZON = 150;
const VANISH_X = W / 2;
const ROAD_FAR = 0.2;
const CAPTION_TOP = 336;
const LANES = 3;
const CAR_COLOURS = [
  '#e5e7eb',
  '#111827',
  '#6b7280',
  '#9ca3af',
  '#7f1d1d',
  '#1e3a8a',
  '#14532d',
  '#78350f',
];
const FONT = 'DejaVu Sans Mono, Consolas, monospace';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `А123ВС77` → the series and number, and the region printed in its own box. */
function plateParts(plate: string): { main: string; region: string } {
  const match = /^(\p{L}\d{3}\p{L}{2})(\d{2,3})$/u.exec(plate);
  return match ? { main: match[1]!, region: match[2]! } : { main: plate, region: '' };
}

/** A Russian plate: white, black rim, the region boxed on the right. */
function plateSvg(x: number, y: number, width: number, plate: string | null): string {
  const height = width * 0.22;
  const { main, region } = plate ? plateParts(plate) : { main: '', region: '' };
  const split = x + width * 0.74;
  const size = height * 0.78;
  return [
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="${height * 0.12}" fill="#f9fafb" stroke="#111827" stroke-width="${Math.max(1, width / 90)}"/>`,
    `<line x1="${split}" y1="${y}" x2="${split}" y2="${y + height}" stroke="#111827" stroke-width="${Math.max(0.8, width / 140)}"/>`,
    `<text x="${(x + split) / 2}" y="${y + height * 0.8}" font-family="${FONT}" font-size="${size}" font-weight="bold" text-anchor="middle" fill="#111827">${escapeXml(main)}</text>`,
    `<text x="${(split + x + width) / 2}" y="${y + height * 0.66}" font-family="${FONT}" font-size="${size * 0.62}" font-weight="bold" text-anchor="middle" fill="#111827">${escapeXml(region)}</text>`,
    `<text x="${(split + x + width) / 2}" y="${y + height * 0.92}" font-family="${FONT}" font-size="${size * 0.26}" text-anchor="middle" fill="#111827">RUS</text>`,
  ].join('');
}

/** The car from behind, its bottom edge centred on (cx, bottom), `w` wide. */
function carSvg(
  cx: number,
  bottom: number,
  w: number,
  colour: string,
  plate: string | null,
): string {
  const x = cx - w / 2;
  const body = w * 0.42;
  const cabin = w * 0.34;
  const top = bottom - body - cabin;
  const plateWidth = w * 0.32;
  return [
    `<ellipse cx="${cx}" cy="${bottom + 2}" rx="${w * 0.56}" ry="${w * 0.05}" fill="#000" opacity="0.35"/>`,
    `<rect x="${x + w * 0.06}" y="${bottom - w * 0.1}" width="${w * 0.16}" height="${w * 0.12}" rx="3" fill="#111"/>`,
    `<rect x="${x + w * 0.78}" y="${bottom - w * 0.1}" width="${w * 0.16}" height="${w * 0.12}" rx="3" fill="#111"/>`,
    `<path d="M${x + w * 0.14} ${bottom - body} L${x + w * 0.24} ${top} L${x + w * 0.76} ${top} L${x + w * 0.86} ${bottom - body} Z" fill="${colour}" stroke="#000" stroke-opacity="0.4"/>`,
    `<path d="M${x + w * 0.2} ${bottom - body - 3} L${x + w * 0.28} ${top + cabin * 0.14} L${x + w * 0.72} ${top + cabin * 0.14} L${x + w * 0.8} ${bottom - body - 3} Z" fill="#1f2937" opacity="0.85"/>`,
    `<rect x="${x}" y="${bottom - body}" width="${w}" height="${body - w * 0.04}" rx="${w * 0.06}" fill="${colour}" stroke="#000" stroke-opacity="0.4"/>`,
    `<rect x="${x + w * 0.03}" y="${bottom - body + w * 0.06}" width="${w * 0.17}" height="${w * 0.08}" rx="3" fill="#b91c1c"/>`,
    `<rect x="${x + w * 0.8}" y="${bottom - body + w * 0.06}" width="${w * 0.17}" height="${w * 0.08}" rx="3" fill="#b91c1c"/>`,
    `<rect x="${x + w * 0.02}" y="${bottom - w * 0.13}" width="${w * 0.96}" height="${w * 0.09}" rx="${w * 0.03}" fill="#000" opacity="0.35"/>`,
    plateSvg(cx - plateWidth / 2, bottom - body + w * 0.19, plateWidth, plate),
  ].join('');
}

/**
 * Where a line on the road that meets the bottom edge at `x` is at height `y`: the road narrows
 * towards the horizon to ROAD_FAR of its width, as a camera above the road sees it.
 */
function roadX(x: number, y: number): number {
  const far = (H - y) / (H - HORIZON);
  return x + (VANISH_X + (x - VANISH_X) * ROAD_FAR - x) * far;
}

/** How wide the road's `width` at the bottom edge looks at height `y`. */
function roadWidth(width: number, y: number): number {
  const far = (H - y) / (H - HORIZON);
  return width * (1 - far + far * ROAD_FAR);
}

function laneLine(x: number, dashed: boolean): string {
  const dash = dashed ? ' stroke-dasharray="26 22"' : '';
  return `<line x1="${x}" y1="${H}" x2="${roadX(x, HORIZON)}" y2="${HORIZON}" stroke="#f3f4f6" stroke-width="4" opacity="0.8"${dash}/>`;
}

/** The SVG of a camera fine's frame: road, car with its plate, the plate close up, the caption. */
export function cameraPhotoSvg(input: CameraPhotoInput): string {
  const { uin, plate } = input;
  const clock = moscowWallClock(input.offenceAt);
  const stamp = `${pad(clock.day)}.${pad(clock.month)}.${clock.year} ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`;
  const speed = recordedSpeed(uin, input.article, input.speedLimit ?? speedLimitAt(input.place));

  // Lanes as seen at the car's depth: the road's bottom edge is wider than the frame.
  const roadLeft = -160;
  const roadRight = W + 160;
  const laneWidth = (roadRight - roadLeft) / LANES;
  const lane = seeded(uin, 'lane', 0, LANES - 1);
  const depth = seeded(uin, 'depth', 0, 30);
  const carBottom = 300 - depth;
  const carX =
    roadX(roadLeft + laneWidth * (lane + 0.5), carBottom) + seeded(uin, 'drift', -10, 10);
  const carWidth = roadWidth(laneWidth, carBottom) * 0.6;
  const colour = CAR_COLOURS[seeded(uin, 'colour', 0, CAR_COLOURS.length - 1)]!;

  const buildings: string[] = [];
  for (let x = 0; x < W;) {
    const width = seeded(uin, `building-w-${x}`, 40, 110);
    const height = seeded(uin, `building-h-${x}`, 30, 110);
    const shade = seeded(uin, `building-s-${x}`, 95, 140);
    buildings.push(
      `<rect x="${x}" y="${HORIZON - height}" width="${width}" height="${height}" fill="rgb(${shade},${shade + 4},${shade + 10})"/>`,
    );
    x += width + seeded(uin, `building-gap-${x}`, 0, 12);
  }

  const lanes = Array.from({ length: LANES + 1 }, (_, i) =>
    laneLine(roadLeft + laneWidth * i, i > 0 && i < LANES),
  );

  const box = {
    x: carX - carWidth * 0.62,
    y: carBottom - carWidth * 0.86,
    w: carWidth * 1.24,
    h: carWidth * 0.96,
  };
  const caption = [
    `${stamp} МСК   ${input.camera}`,
    input.place,
    [
      `КоАП ${input.article}`,
      speed ? `V=${speed.recorded} км/ч (разр. ${speed.limit})` : null,
      plate ? `ГРЗ ${plate}` : 'ГРЗ не распознан',
      input.model,
    ]
      .filter(Boolean)
      .join('   '),
  ];

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img">`,
    `<title>${escapeXml(`${input.camera}, ${stamp}`)}</title>`,
    '<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7b8794"/><stop offset="1" stop-color="#c3c9cf"/></linearGradient></defs>',
    `<rect width="${W}" height="${HORIZON}" fill="url(#sky)"/>`,
    ...buildings,
    `<rect y="${HORIZON}" width="${W}" height="${H - HORIZON}" fill="#6b7075"/>`,
    `<polygon points="${roadLeft},${H} ${roadRight},${H} ${roadX(roadRight, HORIZON)},${HORIZON} ${roadX(roadLeft, HORIZON)},${HORIZON}" fill="#4b5056"/>`,
    ...lanes,
    carSvg(carX, carBottom, carWidth, colour, plate),
    // The recognition box the complex draws round the vehicle it measured.
    `<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="none" stroke="#22c55e" stroke-width="2"/>`,
    // The plate close up, top right, as complexes print it for the decision.
    `<rect x="${W - 196}" y="10" width="186" height="58" fill="#000" opacity="0.55"/>`,
    plateSvg(W - 188, 18, 170, plate),
    `<text x="12" y="24" font-family="${FONT}" font-size="14" fill="#fde047">${escapeXml(fit(input.camera, 36))}</text>`,
    `<text x="12" y="42" font-family="${FONT}" font-size="14" fill="#fde047">${escapeXml(stamp)}</text>`,
    `<rect y="${CAPTION_TOP}" width="${W}" height="${H - CAPTION_TOP}" fill="#000" opacity="0.78"/>`,
    ...caption.map(
      (line, i) =>
        `<text x="10" y="${CAPTION_TOP + 18 + i * 18}" font-family="${FONT}" font-size="12" fill="#f9fafb">${escapeXml(fit(line, 86))}</text>`,
    ),
    '</svg>',
  ].join('\n');
}
