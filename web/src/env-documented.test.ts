/**
 * Every environment variable that the CMS or the site reads is passed through docker-compose.yml
 * and explained in .env.example, so an operator can set it. Collected from the code itself: the
 * CMS's `env('X')` / `env.int('X')` / `env.X` / `process.env.X` in cms/config and cms/src, the
 * site's declared variables (src/env.ts) and `process.env.X` in src/, and the adapter-node
 * variables the deployment sets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Read by code, but deliberately not part of the deployment (say why). */
const NOT_DEPLOYED: Record<string, string> = {
	DATABASE_FILENAME: 'SQLite only (development and tests); compose runs PostgreSQL',
	GRAPHQL_FREE_FORM: 'development and tests only; production accepts only "none", the default',
	NO_COLOR: 'colours of the development log format only'
};

/** adapter-node reads these from the built site's environment; the deployment sets them. */
const ADAPTER_NODE = ['HOST', 'PORT', 'ADDRESS_HEADER', 'XFF_DEPTH', 'BODY_SIZE_LIMIT'];

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return name === 'node_modules' || name === 'generated' || name === 'paraglide' ? [] : files(full);
		return /\.(ts|js|mjs|cjs|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
	});
}

const NAME = '([A-Z][A-Z0-9_]{2,})';
const PATTERNS = [
	new RegExp(`\\benv(?:\\.(?:int|bool|array|json|float|date))?\\(\\s*'${NAME}'`, 'g'), // Strapi config: env('X'), env.int('X')
	new RegExp(`\\benv\\.${NAME}\\b`, 'g'), // process.env.X, env.X
	new RegExp(`\\benv\\[\\s*'${NAME}'\\s*\\]`, 'g') // env['X']
];

function readByCode(dirs: string[]): Map<string, string> {
	const found = new Map<string, string>();
	for (const file of dirs.flatMap((dir) => files(path.join(root, dir)))) {
		const text = readFileSync(file, 'utf8');
		for (const pattern of PATTERNS) {
			for (const match of text.matchAll(pattern)) if (!found.has(match[1])) found.set(match[1], path.relative(root, file));
		}
	}
	return found;
}

function siteDeclared(): string[] {
	const text = readFileSync(path.join(root, 'web/src/env.ts'), 'utf8');
	return [...text.matchAll(/^\t([A-Z][A-Z0-9_]+): \{/gm)].map((match) => match[1]);
}

const compose = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
const example = readFileSync(path.join(root, '.env.example'), 'utf8');
const inCompose = (name: string) => new RegExp(`^\\s+${name}:`, 'm').test(compose);
const inExample = (name: string) => new RegExp(`\\b${name}\\b`).test(example);

describe('environment variables', () => {
	const cms = readByCode(['cms/config', 'cms/src']);
	const site = readByCode(['web/src']);
	for (const name of [...siteDeclared(), ...ADAPTER_NODE]) if (!site.has(name)) site.set(name, 'web/src/env.ts or adapter-node');

	it('finds what the code reads (the collector works)', () => {
		for (const name of ['APP_KEYS', 'SMTP_SECURE', 'MAIL_REPLY_TO', 'TRUST_PROXY', 'AUTH_RATE_LIMIT_MAX', 'SUBMISSION_RATE_LIMIT_WINDOW_MS', 'LOG_LEVEL', 'GRAPHQL_INTROSPECTION']) {
			expect(cms.has(name), name).toBe(true);
		}
		for (const name of ['CMS_URL', 'ORIGIN', 'SITE_PROXY_SECRET', 'LOG_LEVEL']) expect(site.has(name), name).toBe(true);
	});

	it('every variable read by the CMS or the site is passed by docker-compose.yml and explained in .env.example', () => {
		const missing: string[] = [];
		for (const [name, file] of [...cms, ...site]) {
			if (name in NOT_DEPLOYED) continue;
			if (!inCompose(name)) missing.push(`${name} (read in ${file}) is not passed by docker-compose.yml`);
			if (!inExample(name)) missing.push(`${name} (read in ${file}) is not explained in .env.example`);
		}
		expect(missing).toEqual([]);
	});

	it('the allow-list names only variables the code still reads', () => {
		for (const name of Object.keys(NOT_DEPLOYED)) expect(cms.has(name) || site.has(name), name).toBe(true);
	});

	it('only the reverse proxy publishes ports; site and CMS are internal', () => {
		const services = compose.split(/^ {2}(?=[a-z][\w-]*:\s*$)/m).slice(1);
		const withPorts = services.filter((block) => /^\s{4}ports:/m.test(block)).map((block) => block.split(':')[0]);
		expect(withPorts).toEqual(['proxy']);
	});
});
