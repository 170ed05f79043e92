/**
 * Local inlang plugin: reads flat `messages/{locale}.json` files ({ "key": "Text with {variable}" }).
 *
 * The usual plugin (@inlang/plugin-message-format) is loaded from a CDN at compile time; this one
 * is part of the repository, so building the site never depends on a request to another host.
 * It supports what the site's messages use: plain text and `{variable}` placeholders.
 */
const KEY = 'plugin.local.jsonMessages';

function parsePattern(value) {
	const pattern = [];
	const declarations = [];
	const placeholder = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
	let last = 0;
	let match;
	while ((match = placeholder.exec(value))) {
		if (match.index > last) pattern.push({ type: 'text', value: value.slice(last, match.index) });
		const name = match[1];
		pattern.push({ type: 'expression', arg: { type: 'variable-reference', name } });
		if (!declarations.some((declaration) => declaration.name === name)) {
			declarations.push({ type: 'input-variable', name });
		}
		last = placeholder.lastIndex;
	}
	if (last < value.length) pattern.push({ type: 'text', value: value.slice(last) });
	return { pattern, declarations };
}

export default {
	key: KEY,
	async toBeImportedFiles({ settings }) {
		const pathPattern = settings[KEY]?.pathPattern;
		if (!pathPattern) return [];
		return settings.locales.map((locale) => ({ locale, path: pathPattern.replace('{locale}', locale) }));
	},
	async importFiles({ files }) {
		const bundles = new Map();
		const messages = [];
		const variants = [];
		for (const file of files) {
			const json = JSON.parse(new TextDecoder().decode(file.content));
			for (const [key, value] of Object.entries(json)) {
				if (key === '$schema' || typeof value !== 'string') continue;
				const { pattern, declarations } = parsePattern(value);
				const bundle = bundles.get(key) ?? { id: key, declarations: [] };
				for (const declaration of declarations) {
					if (!bundle.declarations.some((existing) => existing.name === declaration.name)) {
						bundle.declarations.push(declaration);
					}
				}
				bundles.set(key, bundle);
				messages.push({ bundleId: key, locale: file.locale, selectors: [] });
				variants.push({ messageBundleId: key, messageLocale: file.locale, matches: [], pattern });
			}
		}
		return { bundles: [...bundles.values()], messages, variants };
	}
};
