import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  expect,
  request as requests,
  test,
  type APIRequestContext,
  type Browser,
} from '@playwright/test';
import { demo, registerResident, signIn } from './support/session';

// Every server action of the build, posted the way an attacker would (the `Next-Action` header, a
// same-origin `Origin`) with bodies no form of the portal sends, anonymously, as a resident and as
// an admin. None may answer 500. The actions come from the build's own manifest, so an action added
// later is held to the same rule without touching this file.
//
// How Next 16 (app-render/action-handler.js) treats such a POST, which decides the bodies below:
// - `Origin` must name the host the request was sent to: a foreign Origin is refused with a 500 of
//   Next's own before any action runs. Without an Origin the action runs (Next only logs a warning).
// - An id the build does not know is answered at once, without running anything: the header
//   `x-nextjs-action-not-found: 1`, `text/plain`, 409 "Server Action unavailable." (400 "Invalid
//   Server Action request." for an id of the wrong shape). Everything the action handler answers
//   after finding the action is a Flight stream, `text/x-component`: the action's result, its
//   redirect (200 with `x-action-redirect`: a fetch action never gets a 303), its notFound() (404)
//   or its error (500). So a request reached its action exactly when the answer is
//   `text/x-component` without that header; a wrong path would get the HTML 404 page instead.
// - A multipart body is decoded by React's decodeReplyFromBusboy, any other body as text by
//   decodeReply; the decoded root value (field `0` of a form) is the argument list, applied as
//   `action(...root)`. A form whose root is an array, even of the wrong things, reaches the action
//   with those arguments: that is what the action wrapper (server/action.ts) must refuse itself.
//   A text body (every action of the portal takes a form, so a page never sends one), an empty one,
//   a form without React's field `0` or whose `0` is not a list Next cannot turn into arguments at
//   all, and a body over its 1 MB limit it refuses: each with a 500 of its own before any code of
//   the portal runs. proxy.ts refuses those first (400, 413). These requests, like an attacker's
//   script, do not carry the `Next-Router-State-Tree` header that every page's own call does: that
//   is what sends a multipart call through the proxy's check (decision 019).

const root = path.resolve(__dirname, '..', '..');
const distDir = path.resolve(root, process.env.NEXT_DIST_DIR ?? '.next');
const manifestPath = path.join(distDir, 'server', 'server-reference-manifest.json');

type ManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };
type Action = {
  id: string;
  name: string;
  file: string;
  /** The page whose bundle holds the action (its key in the manifest), and its URL. */
  page: string | null;
  url: string | null;
};

/** A page's URL from its entry name, e.g. app/(resident)/cabinet/apartments/[id]/page. */
function urlOfPage(page: string): { url: string; dynamic: number } | null {
  const segments = page.replace(/^app\/?/, '').split('/');
  if (segments.pop() !== 'page') return null; // a route handler cannot run server actions
  const parts: string[] = [];
  let dynamic = 0;
  for (const segment of segments) {
    if (/^\(.*\)$/.test(segment) || segment.startsWith('@')) continue; // route group, slot
    // Private folders and Next's own pages (_not-found, _global-error), intercepting routes.
    if (segment.startsWith('_') || segment.startsWith('(')) return null;
    dynamic += segment.startsWith('[') ? 1 : 0;
    if (/^\[\[\.\.\..+\]\]$/.test(segment)) continue; // an optional catch-all may be empty
    parts.push(segment.startsWith('[') ? randomUUID() : segment);
  }
  return { url: `/${parts.join('/')}`, dynamic };
}

function actionsOfTheBuild(): Action[] {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
    'node' | 'edge',
    Record<string, ManifestEntry> | undefined
  >;
  const entries = [...Object.entries(manifest.node ?? {}), ...Object.entries(manifest.edge ?? {})];
  return entries.map(([id, entry]) => {
    // The plainest page that has it: fewest dynamic segments, then the shortest address.
    const pages = Object.keys(entry.workers)
      .map((page) => ({ page, ...urlOfPage(page) }))
      .filter((p): p is { page: string; url: string; dynamic: number } => p.url !== undefined)
      .sort(
        (a, b) => a.dynamic - b.dynamic || a.url.length - b.url.length || (a.url < b.url ? -1 : 1),
      );
    return {
      id,
      name: entry.exportedName ?? '?',
      file: entry.filename ?? '?',
      page: pages[0]?.page ?? null,
      url: pages[0]?.url ?? null,
    };
  });
}

// ---- The forged bodies ----

type Body = { kind: string; contentType: string; data: string | Buffer };
type Field = string | { filename: string; type: string; content: string };

function multipart(fields: Array<[string, Field]>): Pick<Body, 'contentType' | 'data'> {
  const boundary = `----MoyGorodForged${randomUUID().replaceAll('-', '')}`;
  const parts = fields.map(([name, value]) => {
    const disposition = `Content-Disposition: form-data; name="${name}"`;
    return typeof value === 'string'
      ? `--${boundary}\r\n${disposition}\r\n\r\n${value}\r\n`
      : `--${boundary}\r\n${disposition}; filename="${value.filename}"\r\n` +
          `Content-Type: ${value.type}\r\n\r\n${value.content}\r\n`;
  });
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    data: Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8'),
  };
}

const junk: Array<[string, Field]> = [
  ['junk', '<script>alert(1)</script>'],
  ['id', '../../../../etc/passwd'],
  ['amount', '-1e309'],
  ['page', 'NaN'],
  ['long', 'x'.repeat(100 * 1024)],
  ['upload', { filename: 'invoice.exe', type: 'application/octet-stream', content: 'MZ\u0000' }],
];
/** A FormData as React's encodeReply writes one: its fields prefixed `_1_`, the root `0` last. */
const junkForm = (root: string, extra?: string) =>
  multipart([
    ...junk.map(([k, v]): [string, Field] => [`_1_${k}`, v]),
    ...(extra ? ([['_1_extra', extra]] as [string, Field][]) : []),
    ['0', root],
  ]);
const text = (data: string): Pick<Body, 'contentType' | 'data'> => ({
  contentType: 'text/plain;charset=UTF-8',
  data,
});

/**
 * Forms whose argument list (React's root field `0`) is of the wrong shape: Next decodes them and
 * hands them to the action, which must refuse them itself (the action wrapper answers 404).
 */
const wrongArguments: Body[] = [
  { kind: 'multipart [1,{"a":1},null]', ...junkForm('[1,{"a":1},null]') },
  { kind: 'multipart [{},{}]', ...junkForm('[{},{}]') },
  { kind: 'multipart [] (no arguments)', ...junkForm('[]') },
  { kind: 'multipart ["not a form"]', ...junkForm('["not a form"]') },
  { kind: 'multipart [junk form, 100 KB field]', ...junkForm('["$K1"]') },
  { kind: 'multipart [{}, junk form, 100 KB field]', ...junkForm('[{},"$K1"]') },
];

/**
 * Bodies that are not a form at all, a form without React's argument list, or too large: no page
 * sends them, and Next 16 cannot turn them into arguments (see the top of the file). proxy.ts
 * refuses them before Next tries: 400 for what is not a form, 413 for a million bytes or more.
 */
const notAForm: (Body & { status: number })[] = [
  { kind: 'text [1,{"a":1},null]', status: 400, ...text('[1,{"a":1},null]') },
  { kind: 'text [{},{}]', status: 400, ...text('[{},{}]') },
  { kind: 'text ["not a form"]', status: 400, ...text('["not a form"]') },
  { kind: 'text "not a form" (a JSON string)', status: 400, ...text('"not a form"') },
  { kind: 'empty body', status: 400, ...text('') },
  {
    kind: 'urlencoded form',
    status: 400,
    contentType: 'application/x-www-form-urlencoded',
    data: 'a=1&b=2',
  },
  { kind: 'JSON object', status: 400, contentType: 'application/json', data: '{"a":1}' },
  { kind: 'multipart junk + 100 KB field, no root field 0', status: 400, ...multipart(junk) },
  { kind: 'multipart whose root field 0 is a string', status: 400, ...junkForm('"x"') },
  { kind: 'multipart whose root field 0 is not JSON', status: 400, ...junkForm('[1,') },
  {
    kind: 'multipart form of 1.2 MB',
    status: 413,
    ...junkForm('["$K1"]', 'x'.repeat(1_200_000)),
  },
];

// ---- Who sends them ----

type Who = 'anonymous' | 'resident' | 'admin';

type Account = {
  who: Who;
  email: string;
  password: string;
  /** A page that answers 200 only while this person is signed in (with their role). */
  proof: string;
  http: APIRequestContext;
  signIns: number;
  /** Actions after whose requests the session no longer held. */
  endedSession: Set<string>;
};

async function isSignedIn(account: Account): Promise<boolean> {
  const response = await account.http.get(account.proof, { maxRedirects: 0 });
  return response.status() === 200;
}

async function sessionCookie(http: APIRequestContext): Promise<string> {
  const { cookies } = await http.storageState();
  return cookies
    .filter((c) => c.name.includes('authjs.session-token'))
    .map((c) => `${c.name}=${c.value}`)
    .sort()
    .join(';');
}

/** Signs in through Auth.js's credentials endpoint (no browser), and proves it worked. */
async function signInOverHttp(account: Account, origin: string): Promise<void> {
  const csrf = await account.http.get('/api/auth/csrf');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  await account.http.post('/api/auth/callback/credentials', {
    form: { csrfToken, login: account.email, password: account.password, callbackUrl: '/cabinet' },
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  account.signIns += 1;
  if (!(await isSignedIn(account)))
    throw new Error(
      `Could not sign in as the ${account.who} ${account.email}: ${account.proof} still refuses ` +
        '(this is a problem of the test set-up, not of a server action)',
    );
}

/** A new resident, or a new admin (a resident the demo admin promotes), of this test alone. */
async function newAccount(browser: Browser, baseURL: string, who: Who): Promise<Account> {
  const person = await registerResident(browser, baseURL);
  await person.context.close();
  if (who === 'admin') {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signIn(page, demo.admin, undefined, '/admin/users');
    await page.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
    await page
      .getByRole('combobox', { name: new RegExp(`Роль.*${person.fullName}`) })
      .selectOption({ label: 'Администратор' });
    await page
      .getByRole('button', { name: new RegExp(`Изменить роль.*${person.fullName}`) })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Роль изменена' })).toHaveText(
      'Роль изменена: Администратор.',
    );
    await context.close();
  }
  const account: Account = {
    who,
    email: person.email,
    password: person.password,
    proof: who === 'admin' ? '/admin/users' : '/profile',
    http: await requests.newContext({ baseURL }),
    signIns: 0,
    endedSession: new Set(),
  };
  await signInOverHttp(account, new URL(baseURL).origin);
  return account;
}

// ---- Sending them ----

type Outcome = {
  action: Action;
  body: string;
  who: Who;
  status: number;
  /** Why the answer shows the request did not get to the action, if it does. */
  unreached: string | null;
  digest: string | null;
};

async function forge(
  http: APIRequestContext,
  origin: string,
  action: Action,
  body: Body,
  who: Who,
): Promise<Outcome> {
  const response = await http.post(action.url!, {
    headers: {
      'Next-Action': action.id,
      Origin: origin,
      Accept: 'text/x-component',
      'Content-Type': body.contentType,
    },
    data: body.data,
    maxRedirects: 0,
  });
  const status = response.status();
  const type = response.headers()['content-type'] ?? '';
  const answer = await response.text();
  const unreached =
    response.headers()['x-nextjs-action-not-found'] === '1'
      ? `Next does not know the action here (x-nextjs-action-not-found: ${answer.trim()})`
      : !type.startsWith('text/x-component')
        ? `not an answer of the action handler (${type || 'no content type'})`
        : null;
  const digest = /"digest":"([^"]+)"/.exec(answer)?.[1] ?? null;
  return { action, body: body.kind, who, status, unreached, digest };
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

/**
 * Every body to every action as `account` (anonymous when null). A signed-in person's session must
 * hold while their requests run, or an action that signs out (and every one after it) would be
 * posted anonymously: the bodies for one action go out together, then the session is checked
 * again; if it ended or changed, that action's bodies are sent once more one at a time, each
 * right after a fresh sign-in.
 */
async function forgeAll(
  actions: Action[],
  bodies: Body[],
  account: Account | null,
  http: APIRequestContext,
  origin: string,
): Promise<Outcome[]> {
  const who: Who = account?.who ?? 'anonymous';
  const send = (action: Action) =>
    Promise.all(bodies.map((body) => forge(http, origin, action, body, who)));
  if (!account) return (await inBatches(actions, 4, send)).flat();

  const outcomes: Outcome[] = [];
  for (const action of actions) {
    if (!(await isSignedIn(account))) await signInOverHttp(account, origin);
    const before = await sessionCookie(http);
    const together = await send(action);
    if ((await sessionCookie(http)) === before && (await isSignedIn(account))) {
      outcomes.push(...together);
      continue;
    }
    account.endedSession.add(action.name);
    for (const body of bodies) {
      await signInOverHttp(account, origin);
      outcomes.push(await forge(http, origin, action, body, who));
    }
  }
  return outcomes;
}

// ---- The report ----

/** What went wrong, one block per action, one line per body and answer with who got it. */
function report(title: string, actions: Action[], bad: Outcome[], total: number): string {
  const homeless = actions.filter((a) => !a.url);
  const failing = actions.filter((a) => bad.some((o) => o.action.id === a.id));
  const lines = [
    `${title}: ${failing.length + homeless.length} of ${actions.length} server actions ` +
      `(${bad.length} of ${total} requests).`,
    'Each action: its id and where it was posted, then status, body, who sent it, and the ' +
      "error's digest (the server's log prints the error under it).",
  ];
  for (const action of homeless)
    lines.push('', `${action.name} (${action.file})`, `  id ${action.id}: no page holds it`);
  // Actions that failed in exactly the same way (the same errors, by digest) share one block.
  const blocks = new Map<string, Action[]>();
  for (const action of failing) {
    const rows = new Map<string, { who: Who[]; digests: Set<string> }>();
    for (const o of bad.filter((b) => b.action.id === action.id)) {
      const key = `${o.status} ${o.body}${o.unreached ? `: ${o.unreached}` : ''}`;
      const row = rows.get(key) ?? { who: [], digests: new Set() };
      row.who.push(o.who);
      if (o.digest) row.digests.add(o.digest);
      rows.set(key, row);
    }
    const width = Math.max(...[...rows.keys()].map((k) => k.length));
    const block = [...rows]
      .map(
        ([key, { who, digests }]) =>
          `    ${key.padEnd(width)}  ${who.join(', ')}` +
          (digests.size ? `  (digest ${[...digests].join(', ')})` : ''),
      )
      .join('\n');
    blocks.set(block, [...(blocks.get(block) ?? []), action]);
  }
  for (const [block, sharing] of blocks) {
    lines.push('');
    if (sharing.length > 1) lines.push(`${sharing.length} actions, each answering the same:`);
    for (const action of sharing)
      lines.push(`${action.name} (${action.file})`, `  id ${action.id}, POST ${action.url}`);
    lines.push(block);
  }
  return lines.join('\n');
}

// ---- The tests ----

const actions = actionsOfTheBuild();
let resident: Account;
let admin: Account;
let anonymous: APIRequestContext;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(90_000);
  const baseURL = testInfo.project.use.baseURL!;
  // People of this test alone, not the demo ones: signOutEverywhereAction runs whatever the body
  // (it takes no input) and would end the demo accounts' sessions in the specs running alongside.
  [resident, admin] = await Promise.all([
    newAccount(browser, baseURL, 'resident'),
    newAccount(browser, baseURL, 'admin'),
  ]);
  anonymous = await requests.newContext({ baseURL });
});

test.afterAll(async () => {
  await Promise.all([resident?.http.dispose(), admin?.http.dispose(), anonymous?.dispose()]);
});

async function run(bodies: Body[], baseURL: string) {
  const origin = new URL(baseURL).origin;
  const postable = actions.filter((a) => a.url);
  const [a, r, s] = await Promise.all([
    forgeAll(postable, bodies, null, anonymous, origin),
    forgeAll(postable, bodies, resident, resident.http, origin),
    forgeAll(postable, bodies, admin, admin.http, origin),
  ]);
  return [...a, ...r, ...s];
}

function attach(name: string, outcomes: Outcome[]) {
  const rows = outcomes.map((o) => ({
    action: o.action.name,
    id: o.action.id,
    url: o.action.url,
    body: o.body,
    who: o.who,
    status: o.status,
    unreached: o.unreached,
    digest: o.digest,
  }));
  return test.info().attach(name, {
    body: JSON.stringify(
      {
        sessionEndedBy: { resident: [...resident.endedSession], admin: [...admin.endedSession] },
        signIns: { resident: resident.signIns, admin: admin.signIns },
        outcomes: rows,
      },
      null,
      2,
    ),
    contentType: 'application/json',
  });
}

test('the served build has its server actions, each on a page to post to', async () => {
  expect(actions.length, `actions in ${manifestPath}`).toBeGreaterThanOrEqual(25);
  const homeless = actions.filter((a) => !a.url).map((a) => `${a.name} (${a.file}) ${a.id}`);
  expect(homeless, 'actions no page of the build holds').toEqual([]);
  // Action ids change with every build: the server must run this very one.
  const buildId = readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();
  const served = await anonymous.get(`/_next/static/${buildId}/_buildManifest.js`);
  expect(served.status(), `the server does not serve the build in ${distDir} (${buildId})`).toBe(
    200,
  );
  // The pages that prove a session really answer 200 only to a signed-in person.
  for (const { proof } of [resident, admin])
    expect((await anonymous.get(proof, { maxRedirects: 0 })).status(), proof).not.toBe(200);
});

test('no server action answers 500 to forged arguments of the wrong shape', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const outcomes = await run(wrongArguments, baseURL!);
  await attach('forged-arguments.json', outcomes);
  expect(outcomes).toHaveLength(actions.filter((a) => a.url).length * wrongArguments.length * 3);
  const bad = outcomes.filter((o) => o.status >= 500 || o.unreached);
  const title = 'Server actions that answer 500 to forged arguments (or that they did not reach)';
  expect(bad.length, report(title, actions, bad, outcomes.length)).toBe(0);
});

test('no server action answers 500 to a body that is not a form', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const outcomes = await run(notAForm, baseURL!);
  await attach('not-a-form.json', outcomes);
  expect(outcomes).toHaveLength(actions.filter((a) => a.url).length * notAForm.length * 3);
  // proxy.ts refuses each with a 4xx of its own before Next's action handler sees it.
  const expected = new Map(notAForm.map((b) => [b.kind, b.status]));
  const bad = outcomes.filter((o) => o.status !== expected.get(o.body));
  const title = 'Server actions not refused by the proxy (400 not a form, 413 too large)';
  expect(bad.length, report(title, actions, bad, outcomes.length)).toBe(0);
});

test('a form posted from another site is refused with 403, by script or without', async () => {
  test.setTimeout(120_000);
  const evil = 'http://evil.example';
  const postable = actions.filter((a) => a.url);
  const outcomes = await inBatches(postable, 8, async (action) => {
    // As a page's script posts it: the action's header, React's argument list.
    const scripted = await forge(
      resident.http,
      evil,
      action,
      { kind: 'cross-origin', ...junkForm('[{}]') },
      'resident',
    );
    // As a form posts it without JavaScript: the action's id among the fields.
    const plain = await resident.http.post(action.url!, {
      headers: { Origin: evil },
      multipart: { [`$ACTION_ID_${action.id}`]: '', note: 'from another site' },
      maxRedirects: 0,
    });
    return { action: action.name, scripted: scripted.status, plain: plain.status() };
  });
  const bad = outcomes.filter((o) => o.scripted !== 403 || o.plain !== 403);
  expect(bad, 'actions not refused with 403 when posted from another site').toEqual([]);
  expect(await isSignedIn(resident)).toBe(true);
});
