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
const TEST_TIMEOUT = 90_000;

let baseURL = (process.env.REDRESS_BASE_URL || '').replace(/\/+$/, '');
/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
let serverDir;
let serverLog;

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

function serverLogTail() {
  try {
    return readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(no server log)';
  }
}

async function waitForHealthy(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`redress serve exited early (${exited}):\n${serverLogTail()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/healthz did not answer 200 within ${timeoutMs} ms:\n${serverLogTail()}`);
}

async function startServer() {
  const bin = resolve(process.env.REDRESS_BIN || join(here, '..', '..', 'bin', 'redress'));
  if (!existsSync(bin)) {
    throw new Error(`No server to test: set REDRESS_BASE_URL, or REDRESS_BIN to the redress binary (${bin} does not exist; run "make build")`);
  }
  serverDir = await mkdtemp(join(tmpdir(), 'redress-e2e-'));
  serverLog = join(serverDir, 'server.log');
  const log = createWriteStream(serverLog);
  const db = `sqlite://${join(serverDir, 'e2e.db')}`;
  await run(bin, ['seed', '--demo', '--complaints', '300', '--db', db], log);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  server = spawn(bin, ['serve', '--db', db, '--addr', `127.0.0.1:${port}`, '--data-dir', serverDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.pipe(log, { end: false });
  server.stderr.pipe(log, { end: false });
  await waitForHealthy(url, server);
  return url;
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
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
  await stopServer();
  if (serverDir) await rm(serverDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- browser

/**
 * Runs `body` with a fresh browser profile and page. Fails on console errors and
 * uncaught page errors, except HTTP error responses listed in `allowHttp`
 * (e.g. the 401 of a deliberately wrong login). Screenshots on failure.
 */
function browserTest(name, { allowHttp = [] } = {}, body) {
  test(name, { timeout: TEST_TIMEOUT }, async () => {
    const profile = await mkdtemp(join(tmpdir(), 'redress-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: !process.env.E2E_HEADED,
      args: chromiumArgs,
      baseURL,
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
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

async function switchLanguage(page, label) {
  await page.getByTestId('lang-switch').click();
  await page.getByRole('menuitem', { name: label }).click();
}

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
