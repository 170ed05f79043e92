import { AsyncLocalStorage } from 'node:async_hooks';
import { sequence, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import { direction, localeFromPath, negotiateLocale, DEFAULT_LOCALE, type Locale } from '#lib/i18n.ts';
import { serializeJsonLd } from '#lib/seo.ts';
import { overwriteServerAsyncLocalStorage } from '#lib/paraglide/runtime.js';
import { ORIGIN } from '$app/env/private';
import { decide, decodedPath, isAreaPath, SIGN_OUT_PATH } from '#lib/server/areas/access.ts';
import { loadSession, SESSION_COOKIE } from '#lib/server/areas/session.ts';
import { cachePolicy } from '#lib/server/cms/site-cache.ts';
import { cmsFor } from '#lib/server/cms/index.ts';
import { expiredPostPage } from '#lib/server/areas/expired-post.ts';
import { runInRequest } from '#lib/server/request-context.ts';
import { requestIdFrom } from '#lib/server/request-id.ts';
import { log } from '#lib/server/log.ts';
import { getSearchIndex } from '#lib/server/search-index.ts';

// Content-Security-Policy is set by Kit itself (the `csp` option in vite.config.ts), with
// nonces for the inline hydration script. These are the remaining security headers.
const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin',
	'x-frame-options': 'DENY',
	// geolocation only for the site itself: the lists' "use my location" button (static/list-filters.js)
	'permissions-policy': 'camera=(), microphone=(), geolocation=(self), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

// Paraglide reads the locale of the current request from this store (see getLocale() in the
// generated runtime): concurrent requests in different languages never see each other's locale.
type LocaleStore = { locale?: Locale; origin?: string; messageCalls?: Set<string> };
const localeStorage = new AsyncLocalStorage<LocaleStore>();
overwriteServerAsyncLocalStorage(localeStorage);

/** Health probes (compose, the proxy) ask every few seconds: their lines only at debug level. */
const PROBES = new Set(['/healthz', '/readyz']);

/**
 * Every request runs with its id (the proxy's `x-request-id` when sane, else a new one): every log
 * line and every request to the CMS carries it. One JSON line per request: method, path (never the
 * query string, which may hold a reset code), status, duration.
 */
const withRequestContext: Handle = ({ event, resolve }) => {
	const requestId = requestIdFrom(event.request.headers.get('x-request-id'));
	return runInRequest({ requestId }, async () => {
		const started = performance.now();
		let status = 500;
		try {
			const response = await resolve(event);
			status = response.status;
			try {
				response.headers.set('x-request-id', requestId);
			} catch {
				// immutable headers (a fetched response passed through): the id is in the log anyway
			}
			return response;
		} finally {
			const line = { method: event.request.method, path: event.url.pathname, status, durationMs: Math.round((performance.now() - started) * 100) / 100 };
			if (PROBES.has(event.url.pathname)) log.debug(line, 'request');
			else log.info(line, 'request');
		}
	});
};

const handleSite: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;

	if (isCrossSiteFormPost(event.request)) {
		return withSecurityHeaders(new Response('Cross-site form submissions are forbidden', { status: 403 }));
	}

	// `/`: the visitor's language from Accept-Language, German by default.
	if (pathname === '/') {
		const locale = negotiateLocale(event.request.headers.get('accept-language'));
		return withSecurityHeaders(
			new Response(null, {
				status: 307,
				headers: { location: `/${locale}`, vary: 'Accept-Language', 'cache-control': 'no-store' }
			})
		);
	}

	const locale = localeFromPath(pathname) ?? DEFAULT_LOCALE;
	event.locals.locale = locale;
	event.locals.jsonLd = [];
	event.locals.origin = publicOrigin(event.url, event.request, event.platform?.req);
	event.locals.session = null;
	event.locals.cms = null;

	// Member and office areas: who is signed in (asked from the CMS), never cached anywhere.
	// Routing matches the decoded path, so the decision does too (/%6Boordination is /koordination).
	const areaPath = decodedPath(pathname);
	if (areaPath === null) return withSecurityHeaders(new Response('Bad Request', { status: 400 }));
	if (isAreaPath(areaPath)) {
		// Signing out must work even when the CMS is down: the action reads the cookie itself.
		event.locals.session = areaPath === SIGN_OUT_PATH ? null : await loadSession(event);
		event.locals.cms = event.locals.session ? cmsFor(event.locals.session.token) : null;
		// Form actions run without layouts, so the areas' rule is applied to posts here as well.
		if (event.request.method !== 'GET' && event.request.method !== 'HEAD') {
			const decision = decide(areaPath, event.url.search, event.locals.session);
			if (!decision.allow) {
				const response = 'redirect' in decision
					? await expiredPostPage(event.request, decision.redirect)
					: new Response(decision.message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
				return withSecurityHeaders(privateResponse(response));
			}
		}
		const response = await localeStorage.run({ locale, origin: event.url.origin, messageCalls: new Set() }, () =>
			resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', 'de').replace('%dir%', 'ltr') })
		);
		return withSecurityHeaders(privateResponse(response));
	}

	const render = () =>
		localeStorage.run({ locale, origin: event.url.origin, messageCalls: new Set() }, () =>
			resolve(event, {
				transformPageChunk: ({ html }) => {
					let out = html.replace('%lang%', locale).replace('%dir%', direction(locale));
					if (out.includes('</head>') && event.locals.jsonLd.length > 0) {
						const scripts = event.locals.jsonLd
							.map((data) => `<script type="application/ld+json">${serializeJsonLd(data)}</script>`)
							.join('');
						out = out.replace('</head>', `${scripts}</head>`);
					}
					return out;
				}
			})
		);
	// Public pages: anonymous GETs from the page cache (lib/server/cms/page-cache-policy.ts decides
	// what may be cached and sets Cache-Control); anything with a session cookie is private.
	const response = await cachePolicy.respond(
		{ method: event.request.method, url: event.url, origin: event.locals.origin, hasSessionCookie: event.cookies.get(SESSION_COOKIE) !== undefined },
		render
	);
	return withSecurityHeaders(response);
};

export const handle = sequence(withRequestContext, handleSite);

/**
 * The search index is built in the background as soon as the server starts (at 10,000 offerings
 * that takes a while), so the first visitor who searches does not wait for it. A CMS that is not
 * up yet only delays it: the first search tries again.
 */
export const init: ServerInit = () => {
	getSearchIndex().catch((err: unknown) => log.warn({ cause: err instanceof Error ? err.message : String(err) }, 'search index not built at start; the first search builds it'));
};

/**
 * The site's public origin for absolute links (canonical, hreflang, sitemap, calendar): ORIGIN
 * when configured; else the request's host with the protocol the visitor used (the proxy's
 * X-Forwarded-Proto, or whether the connection itself is TLS). adapter-node 6 assumes https for
 * every request, which is wrong for plain-http runs.
 */
function publicOrigin(url: URL, request: Request, req: { socket?: unknown } | undefined): string {
	if (ORIGIN) return ORIGIN;
	const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
	const encrypted = Boolean((req?.socket as { encrypted?: boolean } | undefined)?.encrypted);
	const protocol = forwarded === 'http' || forwarded === 'https' ? forwarded : req ? (encrypted ? 'https' : 'http') : url.protocol.slice(0, -1);
	return `${protocol}://${url.host}`;
}

const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A form post from another site (Kit's own origin check is relaxed in vite.config.ts, see there):
 * refused when the browser says it is cross-site, or when the Origin's host is not this host.
 */
function isCrossSiteFormPost(request: Request): boolean {
	if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method)) return false;
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	if (type !== '' && !FORM_CONTENT_TYPES.includes(type)) return false;
	// Browsers set Sec-Fetch-Site themselves and pages cannot forge it; when present it decides.
	// (Origin alone is not enough: a page with referrer policy no-referrer sends "Origin: null".)
	const site = request.headers.get('sec-fetch-site');
	if (site) return site !== 'same-origin' && site !== 'none';
	const origin = request.headers.get('origin');
	if (!origin) return false;
	try {
		return new URL(origin).host !== request.headers.get('host');
	} catch {
		return true;
	}
}

/** Signed-in pages are for one person: no shared cache, no browser cache, no back-button copy. */
function privateResponse(response: Response): Response {
	try {
		response.headers.set('cache-control', 'private, no-store');
	} catch {
		// immutable headers (a fetched response passed through): copy it
		const copy = new Response(response.body, response);
		copy.headers.set('cache-control', 'private, no-store');
		return copy;
	}
	return response;
}

function withSecurityHeaders(response: Response): Response {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
}

/** Unexpected errors: logged here, shown to the visitor as a plain message (never a stack trace). */
export const handleError: HandleServerError = ({ kind, error, event }) => {
	if (kind === 'unknown') {
		log.error({ err: error, path: event.url.pathname }, 'error while rendering');
		return { message: 'Internal Error' };
	}
};
