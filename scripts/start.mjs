#!/usr/bin/env node
// `pnpm start`: builds what needs building, then runs the CMS (http://localhost:1337) and the site
// (http://localhost:3000). On first run it creates cms/.env with fresh development secrets; the
// CMS creates its SQLite database and seeds the demo data on its first start in development.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cmsDir = path.join(root, 'cms');
const webDir = path.join(root, 'web');
const CMS_PORT = Number(process.env.CMS_PORT ?? 1337);
const WEB_PORT = Number(process.env.WEB_PORT ?? 3000);

const say = (message) => console.log(`\x1b[1m▶ ${message}\x1b[0m`);

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stats.mtimeMs);
}

const outdated = (output, inputs) => !existsSync(output) || Math.max(...inputs.map(newestMtime)) > newestMtime(output);

function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${command} ${args.join(' ')} failed in ${path.relative(root, cwd) || '.'}`);
    process.exit(result.status ?? 1);
  }
}

function ensureDevelopmentEnv() {
  const file = path.join(cmsDir, '.env');
  if (existsSync(file)) return;
  const secret = () => randomBytes(24).toString('base64url');
  writeFileSync(
    file,
    [
      '# Created by `pnpm start` for local development. Never use these values in production.',
      `APP_KEYS=${secret()},${secret()}`,
      `API_TOKEN_SALT=${secret()}`,
      `ADMIN_JWT_SECRET=${secret()}`,
      `TRANSFER_TOKEN_SALT=${secret()}`,
      `JWT_SECRET=${secret()}`,
      `ENCRYPTION_KEY=${secret()}`,
      'STRAPI_TELEMETRY_DISABLED=true',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  say('Created cms/.env with development secrets');
}

ensureDevelopmentEnv();

const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
const cmsInputs = ['src', 'config', 'package.json', 'tsconfig.json'].map((p) => path.join(cmsDir, p));
if (outdated(path.join(cmsDir, 'dist', 'build'), cmsInputs)) {
  say('Building the CMS (TypeScript and admin panel, about a minute the first time)…');
  run(pnpm, ['exec', 'strapi', 'build'], cmsDir, { NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' });
} else say('CMS build is up to date');

const webInputs = ['src', 'static', 'messages', 'project.inlang', 'package.json', 'vite.config.ts'].map((p) => path.join(webDir, p));
if (outdated(path.join(webDir, 'build'), webInputs)) {
  say('Building the site…');
  run(pnpm, ['run', 'build'], webDir);
} else say('Site build is up to date');

const children = [];
function start(name, color, command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[${color}m[${name}]\x1b[0m `;
  const forward = (stream, out) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) out.write(prefix + line + '\n');
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on('exit', (code) => {
    console.log(`${prefix}stopped (${code ?? 'signal'})`);
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitFor(url, label, timeoutMs = 180_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${label} did not become ready at ${url}`);
}

// The site signs each visitor's address with this, so the CMS rate-limits per visitor.
const siteProxySecret = process.env.SITE_PROXY_SECRET ?? randomBytes(24).toString('base64url');
// The CMS signs its change notifications with this, so the site's page cache drops changed pages at once.
const siteChangesSecret = process.env.SITE_CHANGES_SECRET ?? randomBytes(24).toString('base64url');

say('Starting the CMS (first start creates the database and the demo data)…');
start('cms', '36', pnpm, ['exec', 'strapi', 'start'], cmsDir, {
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  PORT: String(CMS_PORT),
  SITE_URL: `http://localhost:${WEB_PORT}`,
  SITE_PROXY_SECRET: siteProxySecret,
  SITE_CHANGES_SECRET: siteChangesSecret,
  SITE_CHANGES_URL: process.env.SITE_CHANGES_URL ?? `http://127.0.0.1:${WEB_PORT}/_intern/inhalte-geaendert`,
  // A local run keeps mails as files on this machine on purpose (a production start without SMTP
  // refuses unless MAIL_OUTBOX_DIR is set explicitly; cms/src/bootstrap/production-checks.ts).
  ...(process.env.SMTP_HOST ? {} : { MAIL_OUTBOX_DIR: process.env.MAIL_OUTBOX_DIR ?? path.join(cmsDir, '.tmp', 'mail') }),
});
await waitFor(`http://127.0.0.1:${CMS_PORT}/_health`, 'CMS');
say('Starting the site…');
start('web', '35', process.execPath, ['build'], webDir, {
  PORT: String(WEB_PORT),
  HOST: process.env.WEB_HOST ?? '0.0.0.0',
  ORIGIN: process.env.ORIGIN ?? `http://localhost:${WEB_PORT}`,
  CMS_URL: `http://127.0.0.1:${CMS_PORT}`,
  SITE_PROXY_SECRET: siteProxySecret,
  SITE_CHANGES_SECRET: siteChangesSecret,
  // member logos up to 5 MB (adapter-node's default limit is 512 kB)
  BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '6M',
});
await waitFor(`http://127.0.0.1:${WEB_PORT}/`, 'site');
say(`Ready. Site: http://localhost:${WEB_PORT}   CMS admin: http://localhost:${CMS_PORT}/admin   GraphQL: http://localhost:${CMS_PORT}/graphql`);
say('Demo accounts (development only): koordination@example.org, kvhs@example.org, drk@example.org — password demo-Passwort-1');
