import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, isInputObjectType, isListType, isNonNullType, Kind, parse, typeFromAST, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** Where a site document runs: as a visitor (the site's own client) or with the office's token. */
export type SiteDocument = { name: string; source: string; asOffice: boolean };

const webDir = path.resolve(__dirname, '../../../web');

/** The committed schema (cms/schema.graphql), which the site's documents are generated against. */
export const committedSchema = (): GraphQLSchema => buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));

/** Source files of the site, for finding where an operation is defined. */
function siteSources(directory = path.join(webDir, 'src')): Array<{ file: string; text: string }> {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'paraglide' ? [] : siteSources(file);
    return entry.name.endsWith('.ts') ? [{ file, text: readFileSync(file, 'utf8') }] : [];
  });
}

/** The office's modules run their documents with the office's token (`CallerClient`, web/src/lib/server/cms/caller.ts). */
const runsAsOffice = (name: string, sources: Array<{ file: string; text: string }>) =>
  sources.some(({ file, text }) => file.includes(`${path.sep}server${path.sep}office${path.sep}`) && text.includes('CallerClient') && new RegExp(`query ${name}\\b`).test(text));

/** Every GraphQL document the site ships: the trusted documents manifest (hash → document, fragments included). */
export function siteDocuments(): SiteDocument[] {
  const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../trusted-documents.json'), 'utf8')) as Record<string, string>;
  const files = siteSources();
  return Object.values(manifest).map((source) => {
    const operation = parse(source).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const name = operation.name?.value ?? '(anonymous)';
    return { name, source, asOffice: runsAsOffice(name, files) };
  });
}

/**
 * Variables that make a document as expensive as the site can make it: every page size at the
 * maximum, other scalars a plausible value, optional filters left out.
 */
export function dummyVariables(schema: GraphQLSchema, source: string): Record<string, unknown> {
  const operation = parse(source).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as any)!;
    const named = getNamedType(type);
    if (/pageSize|limit/i.test(name)) variables[name] = 100;
    else if (isListType(getNullableType(type))) variables[name] = [];
    else if (isInputObjectType(named)) {
      if (isNonNullType(type)) throw new Error(`${name}: required input object, give it a value here`);
    } else if (named.name === 'Int') variables[name] = 1;
    else if (named.name === 'Boolean') variables[name] = true;
    else if (named.name === 'DateTime') variables[name] = '2026-01-01T00:00:00.000Z';
    else if (named.name === 'Date') variables[name] = '2026-01-01';
    else variables[name] = 'de';
  }
  return variables;
}
