/**
 * Narrowing REST answers at the door instead of casting them where they are used. A guard checks
 * what the caller relies on (the fields it reads to decide something: ids, types, states, lists);
 * an answer that fails it is a broken contract between site and CMS and is handled like an outage
 * (errors.ts), never passed on half-understood.
 */
export type Guard<T> = (value: unknown) => value is T;

type FieldKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'string?' | 'object?' | 'array?';

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function hasKind(value: unknown, kind: FieldKind): boolean {
	const optional = kind.endsWith('?');
	if (optional && (value === null || value === undefined)) return true;
	const base = optional ? kind.slice(0, -1) : kind;
	if (base === 'array') return Array.isArray(value);
	if (base === 'object') return isRecord(value);
	return typeof value === base;
}

/** An object whose named fields have these kinds (`string?`: string or null/absent). */
export function withFields<T>(fields: Record<string, FieldKind>): Guard<T> {
	return (value: unknown): value is T => isRecord(value) && Object.entries(fields).every(([name, kind]) => hasKind(value[name], kind));
}

/** A list whose every element passes `guard`. */
export function listOf<T>(guard: Guard<T>): Guard<T[]> {
	return (value: unknown): value is T[] => Array.isArray(value) && value.every(guard);
}

/** Any answer (writes whose answer the caller does not read). */
export const anything: Guard<unknown> = (_value: unknown): _value is unknown => true;
