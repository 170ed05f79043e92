/**
 * A form posted after the session ended (signed out on another device, deactivated, expired):
 * the action cannot run, but what the person typed must not be lost. The answer is a small page
 * with every text they sent, to copy, and a sign-in link that opens in a new tab.
 */
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Fields the person did not type (hidden ids, tokens) are left out. */
const MACHINE_FIELDS = /^(type|documentId|title|version|code|weiter|confirmed)$|\.current$/;

export async function expiredPostPage(request: Request, signInPath: string): Promise<Response> {
	let entries: Array<[string, string]> = [];
	try {
		const form = await request.formData();
		entries = [...form.entries()]
			.filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '' && !MACHINE_FIELDS.test(entry[0]))
			.slice(0, 200);
	} catch {
		// not a form: nothing to keep
	}
	const fields = entries
		.map(([name, value], index) => `<div class="field"><label for="kept-${index}">${escape(name)}</label><textarea id="kept-${index}" rows="${Math.min(8, value.split('\n').length + 1)}" readonly>${escape(value)}</textarea></div>`)
		.join('\n');
	const html = `<!doctype html>
<html lang="de" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Sitzung abgelaufen – Netzwerk Integration Börde</title><link rel="stylesheet" href="/site.css"></head>
<body><div class="app"><main id="inhalt" class="narrow">
<h1>Ihre Sitzung ist abgelaufen</h1>
<p>Sie wurden abgemeldet, bevor Ihre Eingaben ankamen. Gespeichert wurde nichts. Damit nichts verloren geht, stehen Ihre Eingaben unten: Melden Sie sich <a href="${escape(signInPath)}" target="_blank" rel="noopener">in einem neuen Tab</a> wieder an und übernehmen Sie sie von hier.</p>
${fields || '<p>Das Formular enthielt keine Texteingaben.</p>'}
</main></div></body></html>`;
	return new Response(html, { status: 401, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
