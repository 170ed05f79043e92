/**
 * What a history row says changed: the CMS logs the changed fields of a member's write (a
 * translation as `translations.<locale>`), shown here as German words, so an edit and its
 * translation read "Kurzbeschreibung" and "Übersetzung Englisch", not "Änderung" twice.
 */
import { LOCALE_NAMES, fieldLabel } from './field-labels.ts';

/** Names that read better in a history than the form's field labels. */
const HISTORY_NAMES: Record<string, string> = {
	shortDescription: 'Profiltext (Kurzbeschreibung)',
	description: 'Beschreibung',
	location: 'Lage auf der Karte'
};

export function changeLabel(change: string): string {
	const translation = /^translations\.([a-z]{2})$/.exec(change);
	if (translation) return `Übersetzung ${LOCALE_NAMES[translation[1]] ?? translation[1]}`;
	return HISTORY_NAMES[change] ?? fieldLabel(change);
}

/** The row's "what changed": the named fields, or the log's own comment where none are named. */
export function changeSummary(changes: unknown, comment: string | null | undefined): string {
	const list = Array.isArray(changes) ? changes.filter((change): change is string => typeof change === 'string') : [];
	if (list.length === 0) return comment ?? '';
	const labels = [...new Set(list.map(changeLabel))];
	return comment && !['Änderung', 'Entwurf geändert'].includes(comment) ? `${labels.join(', ')} – ${comment}` : labels.join(', ');
}
