#!/usr/bin/env node
// `pnpm --filter web codegen`: the site's typed GraphQL documents (src/lib/graphql/generated/) from
// cms/schema.graphql, and from the same run the CMS's trusted documents (cms/trusted-documents.json:
// hash → document, the client preset's persisted-documents output), which the CMS loads at start.
// `--check` (pnpm codegen:check, CI) writes nothing and fails when a committed file is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.ts';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.resolve(webDir, '../cms/trusted-documents.json');
const check = process.argv.includes('--check');

const outputs = await generate({ ...config, cwd: webDir, silent: true }, false);
const files = outputs.map(({ filename, content }) => ({
	// the manifest belongs to the CMS (its Docker image holds cms/ only)
	file: path.basename(filename) === 'persisted-documents.json' ? manifest : path.resolve(webDir, filename),
	content: content.endsWith('\n') ? content : `${content}\n`
}));
if (!files.some(({ file }) => file === manifest)) throw new Error('codegen wrote no persisted documents: check presetConfig.persistedDocuments in codegen.ts');

const relative = (file) => path.relative(path.resolve(webDir, '..'), file);
if (check) {
	const stale = files.filter(({ file, content }) => !existsSync(file) || readFileSync(file, 'utf8') !== content);
	if (stale.length > 0) {
		console.error(`Out of date: ${stale.map(({ file }) => relative(file)).join(', ')}. Run \`pnpm --filter web codegen\` and commit.`);
		process.exit(1);
	}
	console.log('generated GraphQL documents and cms/trusted-documents.json are current');
} else {
	for (const { file, content } of files) {
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, content);
	}
	console.log(`wrote ${files.map(({ file }) => relative(file)).join(', ')}`);
}
