/**
 * The CMS answers in English for developers; people in the member and office areas read German.
 * Known messages are translated, everything else becomes a general sentence (never a stack trace).
 */
const BY_STATUS: Record<number, string> = {
	400: 'Bitte prüfen Sie die markierten Angaben.',
	403: 'Dafür fehlt Ihnen die Berechtigung.',
	404: 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.',
	409: 'Der Eintrag wurde inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie die aktuelle Fassung.',
	413: 'Die Datei ist zu groß.',
	429: 'Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten.'
};

const KNOWN: Array<[RegExp, string]> = [
	[/changed since you reviewed|version.*(changed|reviewed)/i, BY_STATUS[409]],
	[/belongs to another organisation/i, 'Dieser Eintrag gehört zu einer anderen Organisation.'],
	[/already (exists|taken|registered)|email.*taken/i, 'Für diese E-Mail-Adresse gibt es schon ein Konto.'],
	[/nothing to (approve|review)|not waiting|no pending/i, 'Zu diesem Eintrag liegt keine Änderung zur Prüfung vor.'],
	[/withdrawn/i, 'Der Eintrag ist zurückgezogen.']
];

export function germanMessage(status: number, message: string | undefined): string {
	for (const [pattern, german] of KNOWN) if (message && pattern.test(message)) return german;
	return BY_STATUS[status] ?? 'Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.';
}

export function germanFieldMessage(message: string): string {
	let match: RegExpMatchArray | null;
	if (/required|must be defined|cannot be null/i.test(message)) return 'Bitte ausfüllen.';
	if ((match = message.match(/at most (\d+) characters/i))) return `Höchstens ${match[1]} Zeichen.`;
	if ((match = message.match(/at least (\d+) characters/i))) return `Mindestens ${match[1]} Zeichen.`;
	if (/valid email|must be a valid e-?mail/i.test(message)) return 'Bitte eine gültige E-Mail-Adresse angeben.';
	if (/must match|format|invalid/i.test(message)) return 'Das Format stimmt nicht.';
	if (/must be one of/i.test(message)) return 'Bitte einen der angebotenen Werte wählen.';
	if (/date/i.test(message)) return 'Bitte ein gültiges Datum angeben.';
	return 'Diese Angabe ist nicht gültig.';
}

/** Why the CMS refused an image (its `details.fields.file`, cms/src/uploads/reencode.ts), for the person who chose it. */
export const UPLOAD_REFUSALS: Record<string, string> = {
	'not an image': 'Bitte wählen Sie ein Bild im Format JPEG, PNG, WebP oder GIF.',
	'too many pixels': 'Das Bild ist zu groß: höchstens 40 Megapixel (zum Beispiel 8000 × 5000 Pixel). Bitte verkleinern Sie es.',
	damaged: 'Die Bilddatei ist beschädigt oder unvollständig. Bitte speichern Sie das Bild neu und wählen Sie es noch einmal.'
};
