import { describe, expect, it } from 'vitest';
import { responsiveImage } from './images.ts';

const logo = {
	url: '/uploads/bild_abc.png',
	width: 4000,
	height: 3000,
	formats: {
		large: { url: '/uploads/large_bild_abc.png', width: 1000, height: 750 },
		thumbnail: { url: '/uploads/thumbnail_bild_abc.png', width: 208, height: 156 },
		small: { url: '/uploads/small_bild_abc.png', width: 500, height: 375 },
		medium: { url: '/uploads/medium_bild_abc.png', width: 750, height: 563 }
	}
};

describe('responsiveImage', () => {
	it('offers the generated formats, smallest first, and never the original when smaller formats exist', () => {
		const image = responsiveImage(logo, 240)!;
		expect(image.srcset).toBe('/uploads/thumbnail_bild_abc.png 208w, /uploads/small_bild_abc.png 500w, /uploads/medium_bild_abc.png 750w, /uploads/large_bild_abc.png 1000w');
		expect(image.srcset).not.toContain('/uploads/bild_abc.png');
		expect(image).toMatchObject({ src: '/uploads/small_bild_abc.png', width: 500, height: 375, sizes: '(max-width: 240px) 100vw, 240px' });
	});

	it('takes the largest format when none is as wide as the place', () => {
		expect(responsiveImage(logo, 1600)).toMatchObject({ src: '/uploads/large_bild_abc.png', width: 1000, height: 750 });
	});

	it('uses the original only when the CMS made no smaller format (a small picture)', () => {
		expect(responsiveImage({ url: '/uploads/bild_klein.png', width: 120, height: 80, formats: null }, 240)).toEqual({
			src: '/uploads/bild_klein.png',
			srcset: '/uploads/bild_klein.png 120w',
			sizes: '(max-width: 240px) 100vw, 240px',
			width: 120,
			height: 80
		});
	});

	it('refuses URLs that are not the site’s own uploads', () => {
		expect(responsiveImage({ url: 'https://cms.example.org/uploads/x.png', width: 10, height: 10 }, 240)).toBeNull();
		expect(responsiveImage({ ...logo, formats: { small: { url: '//evil.example/x.png', width: 500, height: 375 } } }, 240)).toMatchObject({ src: '/uploads/bild_abc.png' });
		expect(responsiveImage(null, 240)).toBeNull();
	});
});
