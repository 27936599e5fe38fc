// End-to-end tests of the web app against a real Redress server.
//
//   REDRESS_BASE_URL=http://127.0.0.1:18080 npm run e2e   # a running server with demo data
//   REDRESS_BIN=../bin/redress npm run e2e                # start one here (default: ../bin/redress)
//
// Optional: CHROMIUM_PATH (default /usr/bin/chromium), E2E_HEADED=1.
// On failure a screenshot is saved to e2e/screenshots/<test>.png.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { deflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const screenshots = join(here, 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const ADMIN = { email: 'gd.admin@redress.test', password: 'redress-demo' };
const MEDIATOR_EMAIL = 'gd.mediator@redress.test';
const GZ_MEDIATOR = { email: 'gz.mediator@redress.test', password: 'redress-demo' };
const SUPERVISOR = { email: 'gd.supervisor@redress.test', password: 'redress-demo' };
const BUSINESS = { email: 'business@redress.test', password: 'redress-demo' };
const CONSUMER = { email: 'consumer@redress.test', password: 'redress-demo' };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const TEST_TIMEOUT = 90_000;

let baseURL = (process.env.REDRESS_BASE_URL || '').replace(/\/+$/, '');
/** Servers started here, stopped at the end: { child, dir, log }. */
const servers = [];

// ---------------------------------------------------------------- server

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

function run(bin, args, logStream) {
  return new Promise((ok, fail) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(logStream, { end: false });
    child.stderr.pipe(logStream, { end: false });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${bin} ${args.join(' ')} exited with ${code}`))));
  });
}

function logTail(log) {
  try {
    return readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(no server log)';
  }
}

async function waitForHealthy(url, child, log, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`redress serve exited early (${exited}):\n${logTail(log)}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/healthz did not answer 200 within ${timeoutMs} ms:\n${logTail(log)}`);
}

/**
 * Seeds a fresh demo database and serves it on a free port; `clockStart` (RFC 3339) puts the
 * server's clock, seeding included, at that instant.
 */
async function startServer({ clockStart } = {}) {
  const bin = resolve(process.env.REDRESS_BIN || join(here, '..', '..', 'bin', 'redress'));
  if (!existsSync(bin)) {
    throw new Error(`No server to test: set REDRESS_BASE_URL, or REDRESS_BIN to the redress binary (${bin} does not exist; run "make build")`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'redress-e2e-'));
  const logFile = join(dir, 'server.log');
  const log = createWriteStream(logFile);
  const db = `sqlite://${join(dir, 'e2e.db')}`;
  const clock = clockStart ? ['--clock-start', clockStart] : [];
  // The whole demo (3,000 complaints): with k counted over every published attribute,
  // fewer cases leave too few classes big enough to publish from.
  await run(bin, ['seed', '--demo', '--db', db, ...clock], log);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(bin, ['serve', '--db', db, '--addr', `127.0.0.1:${port}`, '--data-dir', dir, ...clock], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  servers.push({ child, dir });
  await waitForHealthy(url, child, logFile);
  return url;
}

async function stopServer(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

before(async () => {
  assert.ok(existsSync(chromiumPath), `Chromium not found at ${chromiumPath} (set CHROMIUM_PATH)`);
  if (!baseURL) baseURL = await startServer();
  // A binary built without the web app serves a stand-in page: say so instead of timing out.
  const home = await (await fetch(`${baseURL}/`)).text();
  assert.ok(
    home.includes('<div id="root">'),
    `${baseURL}/ does not serve the web app (a binary built without it? build it with "make build")`,
  );
});

after(async () => {
  for (const { child, dir } of servers) {
    await stopServer(child);
    await rm(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- browser

/**
 * Runs `body` with a fresh browser profile and page. Fails on console errors and
 * uncaught page errors, except HTTP error responses listed in `allowHttp` by path
 * (e.g. the 401 of a deliberately wrong login). Screenshots on failure.
 */
function browserTest(name, { allowHttp = [], viewport = DESKTOP, server = () => baseURL, timezoneId, clock } = {}, body) {
  test(name, { timeout: TEST_TIMEOUT }, async () => {
    const profile = await mkdtemp(join(tmpdir(), 'redress-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: !process.env.E2E_HEADED,
      args: chromiumArgs,
      baseURL: server(),
      viewport,
      locale: 'zh-CN',
      ...(timezoneId ? { timezoneId } : {}),
    });
    if (clock) await context.clock.setFixedTime(new Date(clock()));
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const url = msg.location()?.url ?? '';
      const failed = /^Failed to load resource: .*status of (\d+)/.exec(msg.text());
      if (failed && url) {
        const status = Number(failed[1]);
        const path = new URL(url).pathname;
        if (allowHttp.some((a) => a.status === status && a.path === path)) return;
      }
      problems.push(`console.error: ${msg.text()}${url ? ` (${url})` : ''}`);
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.stack || err.message}`));
    try {
      await body(page);
      // Let late errors (e.g. from a last render) surface before judging.
      await page.waitForTimeout(300);
      assert.deepEqual(problems, [], 'the page logged errors');
    } catch (err) {
      mkdirSync(screenshots, { recursive: true });
      const file = join(screenshots, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      if (problems.length) console.error(`[${name}] page problems:\n  ${problems.join('\n  ')}`);
      console.error(`[${name}] screenshot: ${file}`);
      throw err;
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
}

async function login(page, { email, password }) {
  await page.goto('/login');
  await page.locator('#login_email').fill(email);
  await page.locator('#login_password').fill(password);
  await page.locator('form[id="login"] button[type="submit"]').click();
}

/** A small valid PNG (8x8, one colour), made here so the test needs no fixture file. */
function tinyPng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0); // width
  header.writeUInt32BE(8, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(8 * 3, 0x5a)]);
  const pixels = Buffer.concat(Array.from({ length: 8 }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Polls `fn` until it returns true. */
async function waitUntil(fn, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Reloads the page until its bell shows unread notifications (they are sent by a job, soon after the change). */
async function waitForUnread(page) {
  const bell = page.locator('[data-testid="notification-bell"][data-unread]');
  await waitUntil(async () => {
    await page.reload();
    await bell.waitFor();
    if (Number(await bell.getAttribute('data-unread')) > 0) return true;
    await page.waitForTimeout(500);
    return false;
  }, 'an unread notification', 20_000);
  return bell;
}

/** Picks one option in each open column of an antd Cascader, by data-path-key. */
async function cascade(page, trigger, keys) {
  await trigger.click();
  for (const key of keys) {
    const item = page.locator(`li.ant-cascader-menu-item[data-path-key$="${key}"]`);
    await item.waitFor();
    await item.click();
  }
}

async function switchLanguage(page, label) {
  await page.getByTestId('lang-switch').click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** The number shown by a dashboard figure. */
async function kpi(page, key) {
  const value = page.getByTestId(`kpi-${key}`).locator('.ant-statistic-content');
  await value.waitFor();
  return Number((await value.innerText()).replace(/[^\d]/g, ''));
}

/** Confirms a step of the case study workflow and waits for the study's new status. */
async function studyStep(page, action, statusText) {
  await page.getByTestId('study-actions').locator(`[data-action="${action}"]`).click();
  await page.locator('.ant-popconfirm .ant-btn-primary').click();
  await page.getByTestId('study-status').filter({ hasText: statusText }).waitFor();
}

/** What the walk below carries from one test to the next. */
const walk = { closedBefore: -1, studyTitle: '' };

// ---------------------------------------------------------------- tests

browserTest('admin_sees_membership_and_members', {}, async (page) => {
  await login(page, ADMIN);
  await page.waitForURL('**/console');
  const card = page.getByTestId('membership-card').filter({ hasText: 'GD' }).first();
  await card.waitFor();
  assert.match(await card.innerText(), /管理员/);
  await card.getByRole('link').click();
  await page.waitForURL('**/console/associations/GD/members');
  await page.getByTestId('members-table').getByText(MEDIATOR_EMAIL, { exact: true }).waitFor();
});

browserTest('language_switch_in_console', {}, async (page) => {
  await login(page, ADMIN);
  await page.waitForURL('**/console');
  const menu = page.getByTestId('side-menu');
  await menu.getByText('协会', { exact: true }).waitFor();

  await switchLanguage(page, 'English');
  await menu.getByText('Associations', { exact: true }).waitFor();
  await page.getByText('Consumer Complaint Mediation').waitFor();

  await switchLanguage(page, '繁體中文');
  await menu.getByText('協會', { exact: true }).waitFor();
  await page.getByText('消費投訴調解平台').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('redress.lang')), 'zh-Hant');

  // The choice survives a reload.
  await page.reload();
  await page.getByTestId('side-menu').getByText('協會', { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-TW');
});

browserTest(
  'wrong_password_shows_error',
  { allowHttp: [{ status: 401, path: '/api/v1/auth/login' }] },
  async (page) => {
    await login(page, { email: ADMIN.email, password: 'definitely-not-the-password' });
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    assert.ok((await alert.innerText()).trim().length > 0, 'the error message is empty');
    assert.match(new URL(page.url()).pathname, /^\/login$/);
  },
);

browserTest('supervisor_dashboard_and_public_library', {}, async (page) => {
  await login(page, SUPERVISOR);
  await page.waitForURL('**/console');
  await page.getByTestId('side-menu').getByText('统计看板', { exact: true }).click();
  await page.waitForURL('**/console/dashboard');
  const received = page.getByTestId('kpi-received').locator('.ant-statistic-content');
  await received.waitFor();
  const count = Number((await received.innerText()).replace(/[^\d]/g, ''));
  assert.ok(count > 0, `received is ${count}`);
  walk.closedBefore = await kpi(page, 'closed');
  await page.getByTestId('chart-per-month').locator('canvas').first().waitFor();

  await page.goto('/');
  await page.getByTestId('header-library').click();
  await page.waitForURL('**/library');
  // Search for two characters of a published study's title: the demo's studies are random.
  const { items: published } = await (await page.request.get('/api/v1/public/case-studies')).json();
  const term = published.map((x) => x.title.match(/\p{Script=Han}{2}/u)?.[0]).find(Boolean);
  assert.ok(term, 'the demo published no case study with a Chinese title');
  await page.getByTestId('library-search').locator('input').fill(term);
  // Wait for the search's own answer: the unfiltered list is on the page until it comes.
  const searched = page.waitForResponse((r) => r.url().includes('/api/v1/public/case-studies?') && r.url().includes('q='));
  await page.getByTestId('library-search').locator('input').press('Enter');
  const answer = await (await searched).json();
  assert.ok(answer.total >= 1, `the search for ${term} found ${answer.total}`);
  await page.waitForURL(/q=/);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="library-item"] a').length >= 1);
  const items = page.getByTestId('library-item');
  await items.first().getByRole('link').click();
  await page.getByTestId('case-study').waitFor();
});

// ---------------------------------------------------------------- a complaint, start to finish

/** What the consumer got at filing; the later tests follow the same complaint. */
const filed = { trackingNumber: '', accessCode: '', caseId: 0 };
const TERMS = '商家全额退款1299元，并赔偿100元';

/**
 * A category and amount whose class of closed cases is big enough for a case study to be
 * published (k-anonymity): that of a case study the demo published for this year from the
 * association the walk's complaint goes to (the association is one of the facts counted).
 */
async function publishableClass(page) {
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
  let s;
  for (let cursor = '0'; !s && cursor; ) {
    const url = `/api/v1/public/case-studies?outcome=agreement&year=${year}&cursor=${cursor}`;
    const { items, next_cursor: next } = await (await page.request.get(url)).json();
    s = items.find((x) => x.association?.code === 'GD-GZ' && x.facts.period === year && !x.facts.category.includes('.'));
    cursor = next;
  }
  assert.ok(s, 'the demo published no case study of this year in Guangzhou');
  const amounts = { '0-1000': '899.00', '1000-10000': '1299.00', '10000+': '12999.00' };
  return { category: s.facts.category, amount: amounts[s.facts.amount_band] ?? '1299.00' };
}

browserTest('consumer_files_complaint_on_phone', { viewport: PHONE }, async (page) => {
  await page.goto('/complain');
  const publishable = await publishableClass(page);

  // 1 who you are
  await page.locator('#complaint_consumer_name').fill('张伟');
  await page.locator('#complaint_consumer_mobile').fill('13800138000');
  await page.locator('#complaint_consumer_id_number').fill('440106195803120048');
  await cascade(page, page.getByTestId('division-cascader'), ['440000', '440100', '440106']);
  await page.getByTestId('division-cascader').getByText('广东省 / 广州市 / 天河区').waitFor();
  await page.getByTestId('complain-next').click();

  // 2 the business: the demo business, so that its portal gets the case
  await page.locator('#complaint_business_name').fill('某某健康科技有限公司');
  await page.locator('#complaint_business_uscc').fill('91440101MA5CQ8KL31');
  await page.locator('#complaint_business_platform').fill('某直播平台');
  await page.getByTestId('complain-next').click();

  // 3 what happened
  // Enough closed cases share the category and amount for the case study to be published.
  await cascade(page, page.getByTestId('category-cascader'), [publishable.category]);
  await page.keyboard.press('Escape');
  await page.locator('.tag-picker .ant-tag', { hasText: '老年人保健品消费' }).click();
  await page.locator('#complaint_title').fill('保健品宣称治病，要求退款');
  const narrative = page.locator('#complaint_narrative');
  await narrative.fill('太短了');
  await page.getByTestId('narrative-count').getByText('还需').waitFor();
  // The name in the story is what the case study's anonymizer will replace.
  await narrative.fill('我叫张伟，在直播间购买了一盒保健品，主播宣称可以治疗高血压，服用一个月没有任何效果，商家拒绝退款。');
  await page.locator('#complaint_amount').fill(publishable.amount);
  await page.locator('#complaint_occurred_on').fill('2026-01-20');
  await page.getByTestId('complain-next').click();

  // 4 what you want: a click on the option's label, which waits until nothing covers it
  // (a forced click on the hidden input could land on a closing dropdown of the last step).
  const refund = page.locator('[data-step="3"] .ant-radio-wrapper').filter({ has: page.locator('input[value=refund]') });
  await refund.click();
  await page.locator('input[type=radio][value=refund]:checked').waitFor({ state: 'attached' });
  await page.locator('#complaint_consent_to_publish').check();
  await page.getByTestId('complain-next').click();

  // 5 evidence, uploaded once the complaint is filed
  await page.locator('[data-step="4"] input[type=file]').setInputFiles({
    name: 'receipt.png',
    mimeType: 'image/png',
    buffer: tinyPng(),
  });
  await page.getByTestId('complain-submit').click();

  await page.getByTestId('receipt').waitFor();
  filed.trackingNumber = (await page.getByTestId('receipt-tracking-number').innerText()).trim();
  filed.accessCode = (await page.getByTestId('receipt-access-code').innerText()).trim();
  assert.match(filed.trackingNumber, /^GZ-\d{4}-\d{6}$/);
  assert.match(filed.accessCode, /^[0-9A-Z]{10}$/);
  await page.getByTestId('receipt').getByText('广州市消费者委员会').waitFor();
  await page.locator('.pending-upload[data-state="done"]').waitFor();

  // The case went where the consumer lives, with the evidence.
  const res = await page.request.get(`/api/v1/track/${filed.trackingNumber}`, {
    headers: { 'X-Access-Code': filed.accessCode },
  });
  assert.equal(res.status(), 200);
  const tracked = await res.json();
  assert.equal(tracked.case.consumer.division_code, '440106');
  assert.equal(tracked.case.association.code, 'GD-GZ');
  filed.caseId = tracked.case.id;
  assert.ok(tracked.events.some((e) => e.type === 'attachment_added' && e.payload.filename === 'receipt.png'));
});

browserTest('mediator_accepts_mediates_and_closes', {}, async (page) => {
  assert.ok(filed.trackingNumber, 'no complaint was filed');
  await login(page, GZ_MEDIATOR);
  await page.waitForURL('**/console');
  await page.getByTestId('side-menu').getByText('案件', { exact: true }).click();
  await page.waitForURL('**/console/cases');
  await page.getByTestId('inbox-search').locator('input').fill(filed.trackingNumber);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/console/cases?q=${filed.trackingNumber}`);
  const link = page.getByTestId('cases-table').getByTestId('case-link');
  await waitUntil(async () => (await link.count()) === 1, 'the search finds just the complaint');
  await link.filter({ hasText: filed.trackingNumber }).click();

  const header = page.getByTestId('case-header');
  await header.getByText(filed.trackingNumber).waitFor();
  await page.getByTestId('case-facts').getByText('广东省 / 广州市 / 天河区').waitFor();
  await page.getByTestId('evidence-card').getByText('receipt.png').waitFor();

  await page.getByTestId('claim').click();
  await header.getByTestId('assignee').getByText('广州调解员').waitFor();

  const act = async (action) => {
    await header.locator(`[data-action="${action}"]`).click();
    const modal = page.locator('.action-modal');
    await modal.waitFor();
    return modal;
  };
  const confirm = (modal) => modal.locator('.ant-modal-footer .ant-btn-primary').click();
  const status = (text) => header.getByTestId('status-tag').filter({ hasText: text }).waitFor();

  await confirm(await act('accept'));
  await status('已受理');
  await confirm(await act('start_mediation'));
  await status('调解中');

  const close = await act('close');
  await close.getByTestId('close-outcome').click();
  await page.locator('.ant-select-item-option[title="调解成功"]').click();
  await close.getByTestId('close-terms').fill(TERMS);
  await close.getByTestId('amount_recovered-input').fill('1399.00');
  await confirm(close);
  await status('已结案');
  await page.locator('[data-testid="event"][data-type="close"]').getByText(TERMS).waitFor();
  await page.getByTestId('agreement-panel').getByText('¥1,399.00').waitFor();
});

browserTest('consumer_sees_result_and_rates', { viewport: PHONE }, async (page) => {
  assert.ok(filed.trackingNumber, 'no complaint was filed');
  await page.goto('/track');
  await page.locator('#track_trackingNumber').fill(filed.trackingNumber);
  await page.locator('#track_accessCode').fill(filed.accessCode);
  await page.locator('form#track button[type=submit]').click();

  const view = page.getByTestId('tracked-case');
  await view.getByTestId('tracked-number').getByText(filed.trackingNumber).waitFor();
  await view.getByTestId('status-tag').filter({ hasText: '已结案' }).waitFor();
  const outcome = page.getByTestId('outcome-card');
  await outcome.getByText('调解成功').waitFor();
  await outcome.getByText(TERMS).waitFor();

  // The consent given in the form, which the case study needs.
  await page.getByTestId('consent-state').getByText('已同意匿名公开').waitFor();
  const rating = page.getByTestId('rating-card');
  await rating.locator('.ant-rate-star').nth(4).click();
  await rating.locator('textarea').fill('处理及时，非常满意');
  await page.getByTestId('rating-submit').click();
  await rating.getByTestId('rating-current').getByText('5').waitFor();
  await page.locator('[data-testid="event"][data-type="rated"]').getByText('处理及时，非常满意').waitFor();

  // The access code is remembered for this tab only.
  const stored = await page.evaluate((code) => ({
    session: sessionStorage.getItem('redress.track')?.includes(code),
    local: Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes(code)),
  }), filed.accessCode);
  assert.deepEqual(stored, { session: true, local: false });
});

browserTest('business_sees_its_cases', {}, async (page) => {
  await login(page, BUSINESS);
  await page.waitForURL('**/console/business');
  const table = page.getByTestId('business-cases-table');
  const links = table.getByTestId('business-case-link');
  await links.first().waitFor();
  assert.ok((await links.count()) >= 1);
  if (filed.trackingNumber) {
    await links.filter({ hasText: filed.trackingNumber }).click();
    const view = page.getByTestId('business-case');
    await view.getByText('保健品宣称治病，要求退款').first().waitFor();
    // The business does not see the consumer's contact details.
    await view.getByText('138****8000').waitFor();
    assert.equal(await view.getByText('13800138000').count(), 0);

    // The walk's mediation and closing reached the business in the bell; "mark all read" clears it.
    const bell = await waitForUnread(page);
    await bell.click();
    await page.getByTestId('notification-panel').getByTestId('notification-item').first().waitFor();
    await page.getByTestId('notifications-mark-all').click();
    await page.locator('[data-testid="notification-bell"][data-unread="0"]').waitFor();
    assert.equal(await page.locator('[data-testid="notification-item"][data-unread]').count(), 0);
  }
});

browserTest('mediator_drafts_a_case_study', {}, async (page) => {
  assert.ok(filed.caseId, 'no complaint was filed');
  await login(page, GZ_MEDIATOR);
  await page.waitForURL('**/console');
  await page.goto(`/console/cases/${filed.caseId}`);
  await page.getByTestId('draft-study').click();
  await page.waitForURL(/\/console\/studies\/\d+$/);
  await page.getByTestId('study-status').filter({ hasText: '草稿' }).waitFor();

  // The consumer's name was replaced, and the editor says so.
  const mark = page.getByTestId('anonymized-text').locator('mark[data-type="name"]').first();
  await mark.waitFor();
  assert.equal(await mark.innerText(), '[姓名]');
  assert.equal(await page.getByTestId('study-preview').getByText('张伟').count(), 0);

  walk.studyTitle = `直播间保健品宣称治病退款案${Date.now() % 100000}`;
  await page.locator('#study_title').fill(walk.studyTitle);
  await studyStep(page, 'submit', '待审核');
  await page.locator('h3', { hasText: walk.studyTitle }).waitFor();
  // A mediator neither approves nor publishes.
  assert.equal(await page.locator('[data-action="approve"], [data-action="publish"]').count(), 0);
});

browserTest('supervisor_approves_and_publishes_the_case_study', {}, async (page) => {
  assert.ok(walk.studyTitle, 'no case study was drafted');
  await login(page, { email: 'gz.supervisor@redress.test', password: 'redress-demo' });
  await page.waitForURL('**/console');
  await page.getByTestId('side-menu').getByText('案例撰写', { exact: true }).click();
  await page.waitForURL('**/console/studies');
  await page.getByTestId('studies-table').getByTestId('study-link').filter({ hasText: walk.studyTitle }).click();
  await studyStep(page, 'approve', '已审核');
  await studyStep(page, 'publish', '已发布');
});

browserTest('public_library_finds_the_published_case', { viewport: PHONE }, async (page) => {
  assert.ok(walk.studyTitle, 'no case study was published');
  await page.goto('/library');
  const searched = page.waitForResponse((r) => r.url().includes('/api/v1/public/case-studies?') && r.url().includes('q='));
  await page.getByTestId('library-search').locator('input').fill(walk.studyTitle);
  await page.getByTestId('library-search').locator('input').press('Enter');
  await searched;
  await page.getByTestId('library-item').getByRole('link', { name: walk.studyTitle }).click();
  const study = page.getByTestId('case-study');
  await study.getByText(walk.studyTitle).waitFor();
  // Nothing personal reached the public page.
  assert.equal(await study.getByText('张伟').count(), 0);
  await study.getByText('[姓名]').first().waitFor();
});

browserTest('supervisor_dashboard_counts_the_closed_case', {}, async (page) => {
  assert.ok(walk.closedBefore >= 0, 'the dashboard was not read before the walk');
  await login(page, SUPERVISOR);
  await page.waitForURL('**/console');
  await page.goto('/console/dashboard');
  assert.equal(await kpi(page, 'closed'), walk.closedBefore + 1);
});

// ---------------------------------------------------------------- any hour

// 23:30 UTC is 07:30 the next morning in China, where every date is counted. A server and
// a browser (in UTC) both stand at that hour: a complaint filed and closed now is today's,
// so the dashboard's default period must end on China's date, not the browser's.
const late = { url: '', at: '' };

test('server_at_2330_utc_starts', { timeout: TEST_TIMEOUT }, async () => {
  late.at = `${new Date().toISOString().slice(0, 10)}T23:30:00Z`;
  late.url = await startServer({ clockStart: late.at });
});

/** Calls the API of the server at `url` with fetch; answers status, ETag and the parsed body. */
async function api(url, method, path, { token, body, headers = {} } = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), json: text ? JSON.parse(text) : null, text };
}

browserTest(
  'dashboard_counts_today_at_2330_utc',
  { server: () => late.url, timezoneId: 'UTC', clock: () => late.at },
  async (page) => {
    assert.ok(late.url, 'the late-hour server did not start');
    const chinaDate = (at) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(at));
    const chinaDay = chinaDate(late.at);
    await login(page, SUPERVISOR);
    await page.waitForURL('**/console');
    await page.goto('/console/dashboard');
    const received = await kpi(page, 'received');
    const closed = await kpi(page, 'closed');
    assert.equal(await page.locator('.ant-picker-range input').nth(1).inputValue(), chinaDay);

    const login_ = await api(late.url, 'POST', '/api/v1/auth/login', { body: GZ_MEDIATOR });
    assert.equal(login_.status, 200, login_.text);
    const { token } = login_.json;
    const filed = await api(late.url, 'POST', '/api/v1/complaints', {
      headers: { 'Idempotency-Key': `e2e-late-${Date.now()}` },
      body: {
        consumer: { name: '陈敏', mobile: '13900139000', division_code: '440106' },
        business: { name: '某某家电有限公司' },
        category: 'appliances',
        title: '洗衣机漏水',
        narrative: '洗衣机使用一周后开始漏水，商家答应退款后一直拖延，要求退款。',
      },
    });
    assert.equal(filed.status, 201, filed.text);
    const id = filed.json.id;
    const steps = [
      { action: 'accept' },
      { action: 'start_mediation' },
      { action: 'close', outcome: 'agreement', agreement: { terms: '商家退款', amount_recovered: '100.00' } },
    ];
    for (const step of steps) {
      const current = await api(late.url, 'GET', `/api/v1/cases/${id}`, { token });
      const res = await api(late.url, 'POST', `/api/v1/cases/${id}/transitions`, { token, body: step, headers: { 'If-Match': current.etag } });
      assert.equal(res.status, 200, `${step.action}: ${res.text}`);
    }
    const detail = await api(late.url, 'GET', `/api/v1/cases/${id}`, { token });
    assert.equal(chinaDate(detail.json.received_at), chinaDay, 'the server files at the late hour');
    assert.notEqual(detail.json.received_at.slice(0, 10), chinaDay, 'in UTC it is still the day before');

    await page.reload();
    await waitUntil(async () => (await kpi(page, 'closed')) === closed + 1, `closed ${closed + 1} (China's today in the period)`);
    assert.equal(await kpi(page, 'received'), received + 1);
  },
);

browserTest('consumer_account_opens_own_complaint_without_code', { viewport: PHONE }, async (page) => {
  await login(page, CONSUMER);
  await page.waitForURL('**/my');
  // File from the account (the API, to keep the test short); the form is walked above.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'redress_csrf')?.value ?? '';
  const res = await page.request.post('/api/v1/complaints', {
    headers: { 'X-CSRF-Token': csrf, 'Idempotency-Key': `e2e-${Date.now()}` },
    data: {
      consumer: { name: '张伟', mobile: '13800138000', division_code: '440106' },
      business: { name: '某某电器有限公司' },
      category: 'appliances',
      title: '空调安装后不制冷',
      narrative: '新买的空调安装后一直不制冷，多次联系商家上门检修均未解决，要求更换。',
    },
  });
  assert.equal(res.status(), 201, await res.text());
  const { tracking_number: tn } = await res.json();

  // The filing's notice comes to the account's bell and opens the case.
  await (await waitForUnread(page)).click();
  await page.getByTestId('notification-panel').locator('[data-testid="notification-item"][data-unread]').first().click();
  await page.waitForURL(`**/my/${tn}`);
  const view = page.getByTestId('tracked-case');
  await view.getByTestId('tracked-number').getByText(tn).waitFor();
  await page.getByTestId('tracked-attachments').waitFor();
  // Evidence added by the session, without the access code.
  await view.locator('input[type=file]').setInputFiles({
    name: 'invoice.png',
    mimeType: 'image/png',
    buffer: tinyPng(),
  });
  await page.getByTestId('tracked-attachments').getByText('invoice.png').waitFor();
  // A write with the session: a message to the association.
  const reply = page.getByTestId('reply-box');
  await reply.locator('textarea').fill('补充：商家第二次上门也没有修好。');
  await reply.locator('button[type=submit]').click();
  await page.locator('[data-testid="event"][data-type="message"]').getByText('补充：商家第二次上门也没有修好。').waitFor();
});

// ---------------------------------------------------------------- every page, language and width

const LOCALES = JSON.parse(readFileSync(join(here, '..', 'src', 'i18n', 'locales', 'zh-Hans.json'), 'utf8'));
const NAMESPACES = new Set(Object.keys(LOCALES));
const LANGS = ['zh-Hans', 'zh-Hant', 'en'];
const FILE_NAME = /\.(png|jpe?g|gif|webp|pdf|txt|docx?|xlsx?|csv|mp[34])$/i;

/** Finds the routes' dynamic parts from the demo data: a case, a case study, a business. */
async function sweepRoutes(page) {
  const get = async (path) => (await page.request.get(path)).json();
  const [library, businesses, reports] = await Promise.all([
    get('/api/v1/public/case-studies'),
    get(`/api/v1/public/businesses?q=${encodeURIComponent('公司')}`),
    get('/api/v1/public/reports'),
  ]);
  const business = businesses.items.find((b) => b.figures_published);
  const publicRoutes = ['/', '/complain', '/track', '/library', `/library/${library.items[0].slug}`, '/businesses',
    `/businesses?q=${encodeURIComponent('公司')}`, `/businesses/${business.id}`, '/reports', '/login'];
  if (reports.items.length) publicRoutes.push(`/reports/${reports.items[0].id}`);
  return publicRoutes;
}

/** Problems of the page as shown: raw i18n keys, horizontal overflow, an error in place of the page. */
async function pageProblems(page, route) {
  const { text, scrollWidth, innerWidth } = await page.evaluate(() => ({
    text: document.body.innerText,
    scrollWidth: document.scrollingElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  const out = [];
  const keys = [...text.matchAll(/\b[a-z]+(?:\.[a-zA-Z_]+)+\b/g)]
    .map((m) => m[0])
    .filter((k) => NAMESPACES.has(k.split('.')[0]) && !FILE_NAME.test(k));
  if (keys.length) out.push(`${route}: raw keys ${[...new Set(keys)].join(', ')}`);
  if (scrollWidth > innerWidth) out.push(`${route}: ${scrollWidth}px wide in a ${innerWidth}px window`);
  const failed = await page.locator('.ant-result-403, .ant-result-404, .ant-result-error').count();
  if (failed) out.push(`${route}: shows an error instead of the page`);
  return out;
}

/** A published data report's ID; the demo has none, so the first call makes one as an admin of GD. */
async function publishedReport(page) {
  const { items } = await (await page.request.get('/api/v1/public/reports')).json();
  if (items.length) return items[0].id;
  const csrf = (await page.context().cookies()).find((c) => c.name === 'redress_csrf')?.value ?? '';
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
  const made = await page.request.post('/api/v1/associations/GD/reports', {
    headers: { 'X-CSRF-Token': csrf },
    data: { descendants: true, topic: { kind: 'category', code: 'online_shopping' }, from, to },
  });
  assert.equal(made.status(), 201, await made.text());
  const { id } = await made.json();
  const published = await page.request.post(`/api/v1/associations/GD/reports/${id}/publication`, { headers: { 'X-CSRF-Token': csrf } });
  assert.equal(published.status(), 200, await published.text());
  return id;
}

async function visit(page, route, problems) {
  await page.goto(route, { waitUntil: 'networkidle' });
  await page.locator('.ant-spin-spinning, .ant-skeleton').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  problems.push(...(await pageProblems(page, route)));
}

for (const viewport of [PHONE, DESKTOP]) {
  for (const lang of LANGS) {
    browserTest(`sweep_${lang}_${viewport.width}`, { viewport }, async (page) => {
      await page.goto('/');
      await page.evaluate((l) => localStorage.setItem('redress.lang', l), lang);
      const problems = [];
      for (const route of await sweepRoutes(page)) await visit(page, route, problems);

      await login(page, CONSUMER);
      await page.waitForURL('**/my');
      const mine = await (await page.request.get('/api/v1/my/cases')).json();
      for (const route of ['/my', ...(mine.items.length ? [`/my/${mine.items[0].tracking_number}`] : []), '/console/notifications']) {
        await visit(page, route, problems);
      }

      await login(page, ADMIN);
      await page.waitForURL('**/console');
      const cases = await (await page.request.get('/api/v1/cases?limit=1')).json();
      const studies = await (await page.request.get('/api/v1/case-studies')).json();
      const consoleRoutes = ['/console', '/console/cases', `/console/cases/${cases.items[0].id}`, '/console/dashboard',
        '/console/reports', '/console/studies', `/console/studies/${studies.items[0].id}`, '/console/associations',
        '/console/associations/GD/members', '/console/settings', '/console/password', '/console/notifications'];
      // The walk's case, whose history holds the case study's steps.
      if (filed.caseId) consoleRoutes.push(`/console/cases/${filed.caseId}`);
      for (const route of consoleRoutes) await visit(page, route, problems);
      const report = await publishedReport(page);
      for (const route of ['/reports', `/reports/${report}`]) await visit(page, route, problems);

      await login(page, BUSINESS);
      await page.waitForURL('**/console/business');
      const own = await (await page.request.get('/api/v1/business/cases?limit=1')).json();
      for (const route of ['/console/business', `/console/business/${own.items[0].id}`]) await visit(page, route, problems);

      assert.deepEqual(problems, []);
    });
  }
}
