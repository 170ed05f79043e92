/**
 * Structured data (schema.org JSON-LD) for actors (Organization) and events (Event), and its safe
 * serialisation into a <script type="application/ld+json"> data block.
 */

type Address = { street?: string | null; postalCode?: string | null; city?: string | null } | null | undefined;
type Contact = { email?: string | null; phone?: string | null; website?: string | null } | null | undefined;

/** JSON for a <script> data block: `<`, `>`, `&` and the JS line separators are escaped. */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

function postalAddress(address: Address) {
	if (!address || (!address.street && !address.city && !address.postalCode)) return undefined;
	return {
		'@type': 'PostalAddress',
		streetAddress: address.street ?? undefined,
		postalCode: address.postalCode ?? undefined,
		addressLocality: address.city ?? undefined,
		addressCountry: 'DE'
	};
}

/** Only http(s) links are published as `url`/`sameAs`. */
function webUrl(value: string | null | undefined): string | undefined {
	if (!value) return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

export function organizationJsonLd(input: {
	name: string;
	description?: string | null;
	pageUrl: string;
	contact?: Contact;
	address?: Address;
	areaServed?: string[];
	languages?: string[];
}): Record<string, unknown> {
	return prune({
		'@context': 'https://schema.org',
		'@type': 'Organization',
		name: input.name,
		description: input.description ?? undefined,
		url: input.pageUrl,
		sameAs: webUrl(input.contact?.website),
		email: input.contact?.email ?? undefined,
		telephone: input.contact?.phone ?? undefined,
		address: postalAddress(input.address),
		areaServed: input.areaServed?.length
			? input.areaServed.map((name) => ({ '@type': 'AdministrativeArea', name }))
			: undefined,
		knowsLanguage: input.languages?.length ? input.languages : undefined
	});
}

export function eventJsonLd(input: {
	name: string;
	description?: string | null;
	pageUrl: string;
	startsAt: string;
	endsAt?: string | null;
	online: boolean;
	venueName?: string | null;
	venueAddress?: Address;
	organiserName?: string | null;
	organiserUrl?: string | null;
	inLanguage: string;
}): Record<string, unknown> {
	const place = input.venueName || input.venueAddress
		? { '@type': 'Place', name: input.venueName ?? undefined, address: postalAddress(input.venueAddress) }
		: undefined;
	const virtual = input.online ? { '@type': 'VirtualLocation', url: input.pageUrl } : undefined;
	const location = place && virtual ? [place, virtual] : (place ?? virtual);
	const mode = place && virtual ? 'MixedEventAttendanceMode' : virtual ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
	return prune({
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: input.name,
		description: input.description ?? undefined,
		url: input.pageUrl,
		startDate: input.startsAt,
		endDate: input.endsAt ?? undefined,
		eventStatus: 'https://schema.org/EventScheduled',
		eventAttendanceMode: `https://schema.org/${mode}`,
		location,
		organizer: input.organiserName
			? { '@type': 'Organization', name: input.organiserName, url: input.organiserUrl ?? undefined }
			: undefined,
		inLanguage: input.inLanguage
	});
}

/** Drops undefined values (recursively) so the JSON stays small and valid. */
function prune<T>(value: T): T {
	if (Array.isArray(value)) return value.map(prune) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, entry]) => entry !== undefined)
				.map(([key, entry]) => [key, prune(entry)])
		) as T;
	}
	return value;
}
