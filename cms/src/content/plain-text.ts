import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentCaller } from '../access/caller';

/**
 * Names, titles and texts leave the CMS as HTML, iCalendar, e-mail headers and CSV, where a line
 * break or another control character can start a new property or header. They are refused at
 * input, for every content type and every caller except trusted server code:
 *
 * - one-line fields (string, email, uid): no control character at all (C0 incl. TAB, CR and LF,
 *   DEL, C1), no Unicode line or paragraph separator;
 * - multi-line fields (text, richtext, the text of blocks): line breaks as LF or CR LF, nothing else.
 */

// eslint-disable-next-line no-control-regex
const ONE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

const ONE_LINE_TYPES = new Set(['string', 'email', 'uid']);
const MULTI_LINE_TYPES = new Set(['text', 'richtext']);

type Attribute = { type: string; component?: string; repeatable?: boolean; components?: string[] };
type Problem = { path: (string | number)[]; message: string };

const MESSAGE_ONE_LINE = 'Zeilenumbrüche, Tabulatoren und Steuerzeichen sind in diesem Feld nicht erlaubt';
const MESSAGE_MULTI_LINE = 'Steuerzeichen sind nicht erlaubt (nur Zeilenumbrüche)';

/** Every string inside a blocks tree (text and link addresses) is checked as multi-line text. */
function checkBlocks(value: unknown, path: (string | number)[], problems: Problem[]) {
  if (typeof value === 'string') {
    if (MULTI_LINE_FORBIDDEN.test(value)) problems.push({ path, message: MESSAGE_MULTI_LINE });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkBlocks(item, [...path, index], problems));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkBlocks(item, [...path, key], problems);
  }
}

function checkFields(strapi: Core.Strapi, attributes: Record<string, Attribute>, data: Record<string, unknown>, path: (string | number)[], problems: Problem[]) {
  for (const [name, value] of Object.entries(data)) {
    const attribute = attributes[name];
    if (!attribute || value === null || value === undefined) continue;
    const here = [...path, name];
    if (ONE_LINE_TYPES.has(attribute.type)) {
      if (typeof value === 'string' && ONE_LINE_FORBIDDEN.test(value)) problems.push({ path: here, message: MESSAGE_ONE_LINE });
    } else if (MULTI_LINE_TYPES.has(attribute.type)) {
      if (typeof value === 'string' && MULTI_LINE_FORBIDDEN.test(value)) problems.push({ path: here, message: MESSAGE_MULTI_LINE });
    } else if (attribute.type === 'blocks') {
      checkBlocks(value, here, problems);
    } else if (attribute.type === 'component' && attribute.component) {
      const component = strapi.components[attribute.component as UID.Component];
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === 'object') {
          checkFields(strapi, component.attributes as Record<string, Attribute>, item as Record<string, unknown>, attribute.repeatable ? [...here, index] : here, problems);
        }
      });
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((item, index) => {
        const component = item && typeof item === 'object' ? strapi.components[(item as { __component?: string }).__component as UID.Component] : undefined;
        if (component) checkFields(strapi, component.attributes as Record<string, Attribute>, item as Record<string, unknown>, [...here, index], problems);
      });
    }
  }
}

/** Throws a 400 ValidationError naming every field that holds a forbidden character. */
export function refuseControlCharacters(strapi: Core.Strapi, uid: string, data: unknown) {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return;
  const model = strapi.getModel(uid as UID.ContentType);
  if (!model) return;
  const problems: Problem[] = [];
  checkFields(strapi, model.attributes as Record<string, Attribute>, data as Record<string, unknown>, [], problems);
  if (problems.length === 0) return;
  const names = problems.map((problem) => problem.path.join('.'));
  throw new errors.ValidationError(`Unerlaubte Zeichen in: ${names.join(', ')}`, {
    errors: problems.map((problem) => ({ path: problem.path, message: problem.message, name: 'ValidationError' })),
    fields: Object.fromEntries(problems.map((problem, index) => [names[index], problem.message])),
  });
}

const WRITES = new Set(['create', 'update', 'clone']);

/** Document-service middleware: every API write (REST, GraphQL, admin panel) by anyone but the server itself. */
export function registerPlainTextCheck(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid.startsWith('api::') && WRITES.has(context.action) && currentCaller(strapi).kind !== 'system') {
      refuseControlCharacters(strapi, context.uid, (context.params as { data?: unknown }).data);
    }
    return next();
  });
}
