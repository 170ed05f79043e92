/**
 * A real browser for page tests: Debian's Chromium driven by playwright-core, a fresh context per
 * session, and a log of every request the page makes (to prove nothing leaves the site's origin).
 *
 * No Vitest imports here: scripts/bench-site.mjs uses this file too (Node type stripping).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian package `chromium`; never `playwright install` (it downloads a browser and fails here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** The WCAG 2.1 A and AA rules: what BITV 2.0 asks of a public body's site. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface RecordedRequest {
	url: string;
	method: string;
	/** Playwright's resource type (document, script, stylesheet, image, fetch, …) or 'websocket'. */
	resourceType: string;
}

export interface BrowserSession {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** Every request made in this session, in order, including redirects, workers and websockets. */
	requests: RecordedRequest[];
	/** Requests to any origin other than `origin` (default: the baseURL's). */
	foreignRequests(origin?: string): RecordedRequest[];
	/** Console errors and uncaught exceptions of the page, in order. */
	errors: string[];
	/**
	 * Loads the Content-Security-Policy refused. A refused load never becomes a request, so it is
	 * not in `requests`: check both to know the page tried nothing outside the site.
	 */
	cspViolations(): string[];
	close(): Promise<void>;
}

export interface OpenBrowserOptions {
	/** Default true. false runs the page as a visitor with JavaScript switched off. */
	javaScript?: boolean;
	/** Relative `page.goto('/…')` resolves against it; also the origin requests are checked against. */
	baseURL?: string;
	locale?: string;
}

// URLs that never touch the network.
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:'];

// Pages opened with JavaScript off: axe cannot run in them (see axeCheck).
const scriptless = new WeakSet<BrowserContext>();

export async function openBrowser(options: OpenBrowserOptions = {}): Promise<BrowserSession> {
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({
			javaScriptEnabled: options.javaScript ?? true,
			baseURL: options.baseURL,
			locale: options.locale ?? 'de-DE',
			serviceWorkers: 'allow'
		});
		if (options.javaScript === false) scriptless.add(context);
		const requests: RecordedRequest[] = [];
		context.on('request', (request) => {
			requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() });
		});
		const page = await context.newPage();
		page.on('websocket', (socket) => requests.push({ url: socket.url(), method: 'GET', resourceType: 'websocket' }));
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
		const defaultOrigin = options.baseURL ? new URL(options.baseURL).origin : undefined;
		return {
			browser,
			context,
			page,
			requests,
			errors,
			cspViolations: () => errors.filter((text) => /Content Security Policy/i.test(text)),
			foreignRequests(origin = defaultOrigin) {
				if (!origin) throw new Error('foreignRequests needs an origin (or open the browser with baseURL)');
				const expected = new URL(origin).origin;
				return requests.filter(({ url }) => !LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme)) && new URL(url).origin !== expected);
			},
			async close() {
				await browser.close();
			}
		};
	} catch (error) {
		await browser.close();
		throw error;
	}
}

export type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/**
 * Runs axe-core with the WCAG 2.1 A/AA rules on the page as it is now; returns the violations.
 *
 * axe runs as a script in the page, which hangs in a context with JavaScript off. For such a page,
 * the DOM the scriptless visitor got is replayed, same URL and stylesheets, with its <script>s
 * removed and its <noscript> content shown, in a sibling context where axe can run.
 */
export async function axeCheck(page: Page): Promise<AxeViolation[]> {
	if (!scriptless.has(page.context())) return analyze(page);
	const url = page.url();
	const html = (await page.content())
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
		.replace(/<\/?noscript\b[^>]*>/gi, '');
	const browser = page.context().browser();
	if (!browser) throw new Error('axeCheck: the page has no browser');
	const replay = await browser.newContext({ javaScriptEnabled: true, locale: 'de-DE' });
	try {
		await replay.route('**/*', (route) => {
			const request = route.request();
			if (request.isNavigationRequest() && request.url() === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
			if (request.resourceType() === 'script') return route.abort();
			return route.continue();
		});
		const replayed = await replay.newPage();
		await replayed.goto(url, { waitUntil: 'load' });
		return await analyze(replayed);
	} finally {
		await replay.close();
	}
}

async function analyze(page: Page): Promise<AxeViolation[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations;
}

/** One line per violation and offending element, for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.flatMap((violation) =>
			violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${node.target.join(' ')}`)
		)
		.join('\n');
}
