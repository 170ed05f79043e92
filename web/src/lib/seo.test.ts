import { describe, expect, it } from 'vitest';
import { eventJsonLd, organizationJsonLd, serializeJsonLd } from './seo.ts';

describe('structured data', () => {
	it('cannot break out of its <script> element', () => {
		const json = serializeJsonLd({ name: '</script><script>alert(1)</script>', note: 'a & b \u2028' });
		expect(json).not.toContain('<');
		expect(json).not.toContain('>');
		expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>', note: 'a & b \u2028' });
	});

	it('describes an actor as an Organization', () => {
		const data = organizationJsonLd({
			name: 'Kreisvolkshochschule Börde',
			pageUrl: 'https://site.example/de/akteure/kvhs',
			contact: { email: 'info@example.org', phone: '0000 1', website: 'javascript:alert(1)' },
			address: { street: 'Bildungsweg 3', postalCode: '39340', city: 'Haldensleben' },
			areaServed: ['Haldensleben']
		});
		expect(data['@type']).toBe('Organization');
		expect(data.sameAs).toBeUndefined();
		expect(data.address).toEqual({ '@type': 'PostalAddress', streetAddress: 'Bildungsweg 3', postalCode: '39340', addressLocality: 'Haldensleben', addressCountry: 'DE' });
	});

	it('describes an event as an Event', () => {
		const data = eventJsonLd({
			name: 'Fest',
			pageUrl: 'https://site.example/de/termine/fest',
			startsAt: '2026-12-01T15:00:00.000Z',
			online: true,
			venueName: 'Marktplatz',
			inLanguage: 'de'
		});
		expect(data['@type']).toBe('Event');
		expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
		expect(data.endDate).toBeUndefined();
	});
});
