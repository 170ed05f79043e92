import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as clientPreset } from '@graphql-codegen/client-preset';

/**
 * The client preset, with the parsed schema handed on to every file it generates. Without it,
 * @graphql-codegen/core re-merges the schema from its SDL for each file, which fails with the
 * @graphql-tools versions in this lockfile ("Cannot read properties of undefined (reading
 * 'schemaExtensions')": mergeDeep([]) returns undefined since @graphql-tools/utils 12).
 */
const preset: typeof clientPreset = {
	...clientPreset,
	async buildGeneratesSection(options) {
		const outputs = await clientPreset.buildGeneratesSection(options);
		return outputs.map((output) => ({ ...output, schemaAst: output.schemaAst ?? options.schemaAst }));
	}
};

/**
 * Typed GraphQL documents for the site, generated from the CMS's committed schema (introspection
 * is off in production, and the build must not need a running CMS): `pnpm --filter web codegen`
 * (scripts/codegen.mjs, which also writes the CMS's trusted documents from them).
 * Documents are the `graphql(`…`)` calls in src/ (server code next to the routes and in lib/server).
 * Each carries `__meta__.hash` (SHA-256 of its normalized text): the site sends only that hash, and
 * the CMS runs only documents of its manifest (cms/trusted-documents.json).
 */
const config: CodegenConfig = {
	schema: '../cms/schema.graphql',
	documents: ['src/**/*.ts', '!src/lib/graphql/generated/**', '!src/lib/paraglide/**'],
	ignoreNoDocuments: false,
	generates: {
		'src/lib/graphql/generated/': {
			preset,
			presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
			config: {
				useTypeImports: true,
				enumsAsTypes: true,
				avoidOptionals: false,
				skipTypename: true,
				documentMode: 'string',
				scalars: {
					DateTime: 'string',
					Date: 'string',
					Time: 'string',
					JSON: 'unknown',
					I18NLocaleCode: 'string'
				}
			}
		}
	}
};

export default config;
