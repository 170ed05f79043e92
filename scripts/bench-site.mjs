#!/usr/bin/env node
// `pnpm bench`: weighs and times the site's pages (public, member area, office) against a real CMS
// with the demo data.
// Not a test: it asserts nothing, it prints one table. Starts the CMS and the built site the same
// way as the end-to-end suite (web/tests/e2e/servers.ts, imported with Node's type stripping),
// building whichever is stale first; needs Chromium (/usr/bin/chromium or CHROMIUM_PATH).
//
// Per page: HTML bytes (raw and gzip -9), the JavaScript Chromium loads from the site (sum of
// same-origin .js responses, raw and gzip -9), the time to fetch the server-rendered HTML (first
// request, then median/min/max of BENCH_RUNS more, default 5, each with a fresh query string and
// no-cache headers so no HTTP cache answers), and axe WCAG 2.1 A/AA violations with JavaScript on
// and off. To measure another page, add a line to PAGES.
import { gzipSync, constants } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const { startServers } = await import('../web/tests/e2e/servers.ts');
const { openBrowser, axeCheck } = await import('../web/tests/e2e/browser.ts');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * The pages to measure. `path` is a site path, or a function that asks the CMS for one (return
 * null to skip the page, e.g. when the demo data has no such document).
 */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'offerings list', path: '/de/angebote' },
  {
    name: 'offering detail',
    path: async ({ cmsGraphql }) => {
      const { data } = await cmsGraphql('{ offerings(pagination: { pageSize: 1 }, sort: "title:asc") { slug } }');
      const slug = data?.offerings?.[0]?.slug;
      return slug ? `/de/angebote/${slug}` : null;
    },
  },
  { name: 'offerings list (ar, RTL)', path: '/ar/angebote' },
  { name: 'offerings list, filtered', path: '/de/angebote?thema=sprache-bildung' },
  ...detail('actor detail', 'actors', 'akteure'),
  { name: 'actors list', path: '/de/akteure' },
  { name: 'municipalities', path: '/de/gemeinden' },
  ...detail('municipality detail', 'municipalities', 'gemeinden'),
  { name: 'working groups', path: '/de/arbeitskreise' },
  ...detail('working group detail', 'workingGroups', 'arbeitskreise'),
  { name: 'events', path: '/de/termine' },
  ...detail('event detail', 'events', 'termine'),
  { name: 'news', path: '/de/aktuelles' },
  ...detail('news detail', 'newsArticles', 'aktuelles'),
  { name: 'search', path: '/de/suche?q=Deutschkurs' },
  { name: 'network page', path: '/de/netzwerk' },
  { name: 'contact', path: '/de/kontakt' },
  { name: 'accessibility statement', path: '/de/barrierefreiheit' },
  // signed in (session cookie from the real sign-in form): the member area and the office
  { name: 'member dashboard', path: '/mitglieder', as: 'kvhs@example.org' },
  { name: 'member: edit offering', path: memberEntry('offering', (id) => `/mitglieder/eintrag/angebot/${id}`), as: 'kvhs@example.org' },
  { name: 'member: new offering', path: '/mitglieder/neu/angebot', as: 'kvhs@example.org' },
  { name: 'member: translation (ar)', path: memberEntry('offering', (id) => `/mitglieder/eintrag/angebot/${id}/uebersetzung/ar`), as: 'kvhs@example.org' },
  { name: 'member: history', path: '/mitglieder/verlauf', as: 'kvhs@example.org' },
  { name: 'office: queue', path: '/koordination', as: 'koordination@example.org' },
  { name: 'office: coverage matrix', path: '/koordination/abdeckung', as: 'koordination@example.org' },
  { name: 'office: inbox', path: '/koordination/eingang', as: 'koordination@example.org' },
  { name: 'office: translations', path: '/koordination/uebersetzungen', as: 'koordination@example.org' },
  { name: 'office: stale entries', path: '/koordination/veraltet', as: 'koordination@example.org' },
  { name: 'office: accounts', path: '/koordination/konten', as: 'koordination@example.org' },
];

/** A member page about the member's first entry of a type (read through the CMS as that member). */
function memberEntry(type, toPath) {
  return async ({ cmsToken, cmsUrl }) => {
    const response = await fetch(new URL('/api/member/entries', cmsUrl), { headers: { authorization: `Bearer ${await cmsToken('kvhs@example.org')}` } });
    const entry = (await response.json()).data?.find((item) => item.type === type);
    return entry ? toPath(entry.documentId) : null;
  };
}

const DEMO_PASSWORD = 'demo-Passwort-1';
const sessions = new Map();

/** The site's session cookie for a demo account, from a real sign-in form post (one per account). */
async function sessionCookie(siteUrl, email) {
  if (!sessions.has(email)) {
    const response = await fetch(new URL('/mitglieder/anmelden', siteUrl), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: new URL(siteUrl).origin },
      body: new URLSearchParams({ email, password: DEMO_PASSWORD, weiter: '' }),
    });
    const cookie = (response.headers.get('set-cookie') ?? '').match(/nib_session=[^;]+/)?.[0];
    if (!cookie) throw new Error(`sign-in of ${email} failed (${response.status})`);
    sessions.set(email, cookie);
  }
  return sessions.get(email);
}

/** A detail page of the first published document of a type, by its slug. */
function detail(name, query, segment) {
  return [
    {
      name,
      path: async ({ cmsGraphql }) => {
        const { data } = await cmsGraphql(`{ ${query}(pagination: { pageSize: 1 }) { slug } }`);
        const slug = data?.[query]?.[0]?.slug;
        return slug ? `/de/${segment}/${slug}` : null;
      },
    },
  ];
}

const gzipBytes = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} kB`);
const ms = (value) => (value === undefined ? '–' : `${value.toFixed(0)} ms`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function fetchHtml(url, cookie) {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'cache-control': 'no-cache', pragma: 'no-cache', ...(cookie ? { cookie } : {}) } });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, finalUrl: response.url, body, elapsed: performance.now() - started };
}

/** A fresh query parameter per request, so no URL-keyed cache can answer. */
function uncachedUrl(url, run) {
  const fresh = new URL(url);
  fresh.searchParams.set('_bench', `${Date.now()}-${run}`);
  return fresh.href;
}

async function measure(page, siteUrl, helpers) {
  const pathname = typeof page.path === 'function' ? await page.path(helpers) : page.path;
  if (!pathname) return { name: page.name, skipped: 'no such document in the demo data' };
  const url = new URL(pathname, siteUrl).href;
  const cookie = page.as ? await sessionCookie(siteUrl, page.as) : undefined;
  const signIn = async (context) => {
    if (cookie) await context.addCookies([{ name: 'nib_session', value: cookie.split('=').slice(1).join('='), url: siteUrl }]);
  };

  // Server-rendered HTML: the first request (cold for this page), then RUNS more.
  const first = await fetchHtml(uncachedUrl(url, 0), cookie);
  const timings = [];
  for (let run = 1; run <= RUNS; run += 1) timings.push((await fetchHtml(uncachedUrl(url, run), cookie)).elapsed);
  const result = {
    name: page.name,
    path: new URL(first.finalUrl).pathname + new URL(first.finalUrl).search.replace(/[?&]_bench=[^&]*/, ''),
    status: first.status,
    htmlRaw: first.body.length,
    htmlGzip: gzipBytes(first.body),
    first: first.elapsed,
    median: median(timings),
    min: Math.min(...timings),
    max: Math.max(...timings),
  };

  // JavaScript as Chromium loads it, and axe with JavaScript on.
  const on = await openBrowser({ javaScript: true, baseURL: siteUrl });
  try {
    await signIn(on.context);
    const scripts = new Map();
    on.page.on('response', async (response) => {
      const responseUrl = new URL(response.url());
      if (responseUrl.origin !== new URL(siteUrl).origin) return;
      if (response.request().resourceType() !== 'script' && !responseUrl.pathname.endsWith('.js')) return;
      scripts.set(response.url(), response.body().catch(() => Buffer.alloc(0)));
    });
    await on.page.goto(url, { waitUntil: 'networkidle' });
    const bodies = await Promise.all(scripts.values());
    result.jsFiles = bodies.length;
    result.jsRaw = bodies.reduce((sum, body) => sum + body.length, 0);
    result.jsGzip = bodies.reduce((sum, body) => sum + (body.length ? gzipBytes(body) : 0), 0);
    result.axeOn = (await axeCheck(on.page)).length;
    result.foreign = on.foreignRequests().length;
  } finally {
    await on.close();
  }

  const off = await openBrowser({ javaScript: false, baseURL: siteUrl });
  try {
    await signIn(off.context);
    await off.page.goto(url, { waitUntil: 'load' });
    result.axeOff = (await axeCheck(off.page)).length;
  } finally {
    await off.close();
  }
  return result;
}

function printTable(rows) {
  const columns = [
    ['page', (r) => r.name],
    ['path', (r) => r.path ?? r.skipped],
    ['status', (r) => r.status ?? ''],
    ['HTML', (r) => kb(r.htmlRaw)],
    ['HTML gz', (r) => kb(r.htmlGzip)],
    ['JS files', (r) => r.jsFiles ?? ''],
    ['JS', (r) => kb(r.jsRaw)],
    ['JS gz', (r) => kb(r.jsGzip)],
    ['1st fetch', (r) => ms(r.first)],
    [`median of ${RUNS}`, (r) => ms(r.median)],
    ['min', (r) => ms(r.min)],
    ['max', (r) => ms(r.max)],
    ['axe JS on', (r) => r.axeOn ?? ''],
    ['axe JS off', (r) => r.axeOff ?? ''],
    ['foreign req.', (r) => r.foreign ?? ''],
  ];
  const cells = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, cell]) => String(cell(row))))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index].length)));
  const line = (values) => values.map((value, index) => (index < 2 ? value.padEnd(widths[index]) : value.padStart(widths[index]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((width) => '─'.repeat(width)).join('  '));
  for (const values of cells.slice(1)) console.log(line(values));
}

const servers = await startServers();
let exitCode = 0;
try {
  const cmsGraphql = async (query, variables = {}) => {
    const response = await fetch(new URL('/graphql', servers.cmsUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const tokens = new Map();
  const cmsToken = async (email) => {
    if (!tokens.has(email)) {
      const response = await fetch(new URL('/api/auth/local', servers.cmsUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ identifier: email, password: DEMO_PASSWORD }) });
      tokens.set(email, (await response.json()).jwt);
    }
    return tokens.get(email);
  };
  const rows = [];
  for (const page of PAGES) {
    process.stdout.write(`measuring ${page.name}…\n`);
    try {
      rows.push(await measure(page, servers.siteUrl, { cmsGraphql, cmsToken, cmsUrl: servers.cmsUrl }));
    } catch (error) {
      exitCode = 1;
      rows.push({ name: page.name, skipped: `failed: ${error.message.split('\n')[0]}` });
    }
  }
  console.log(`\nSite ${servers.siteUrl}, CMS ${servers.cmsUrl} (demo data), Node ${process.version}`);
  console.log('Times: server-rendered HTML fetched by Node over loopback, until the last byte; the site\'s own in-memory caches (e.g. taxonomies, 60 s) stay warm after the first request.\n');
  printTable(rows);
} finally {
  await servers.stop();
}
process.exit(exitCode);
