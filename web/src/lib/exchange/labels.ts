/** The exchange board's words, German only like the rest of the member area. */
export const KIND_LABELS: Record<string, string> = { request: 'Wir suchen', offer: 'Wir bieten', information: 'Information' };
export const STATUS_LABELS: Record<string, string> = { open: 'offen', closed: 'geschlossen' };
export const MAIL_CHOICE_LABELS: Record<string, { label: string; hint: string }> = {
	each: { label: 'Bei jedem neuen Beitrag', hint: 'Eine E-Mail für jeden neuen Beitrag im Austausch.' },
	digest: { label: 'Einmal pro Woche', hint: 'Montags eine Übersicht der Beiträge der vergangenen Woche (Voreinstellung).' },
	none: { label: 'Keine E-Mails', hint: 'Sie sehen die Beiträge nur, wenn Sie den Austausch öffnen.' }
};
