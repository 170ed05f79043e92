/**
 * Images from the CMS in the size their place needs: Strapi stores each upload with smaller
 * formats (thumbnail 245 px, small 500, medium 750, large 1000 wide, as far as the original is
 * larger). The browser picks from them through `srcset`/`sizes`; the original is offered only when
 * the CMS made no smaller format, so a list never loads a 5 MB picture. Only same-origin
 * `/uploads/` URLs are used (the site proxies them; src/routes/uploads).
 */
export type ImageFormat = { url: string; width?: number | null; height?: number | null };
export type CmsImage = ImageFormat & { formats?: unknown };
export type ResponsiveImage = { src: string; srcset: string; sizes: string; width: number; height: number };

const isUpload = (url: unknown): url is string => typeof url === 'string' && /^\/uploads\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(url);

function candidates(image: CmsImage): Array<{ url: string; width: number; height: number }> {
	const formats = image.formats && typeof image.formats === 'object' ? Object.values(image.formats as Record<string, ImageFormat>) : [];
	const usable = (list: ImageFormat[]) =>
		list
			.filter((format) => format && isUpload(format.url) && Number(format.width) > 0 && Number(format.height) > 0)
			.map((format) => ({ url: format.url, width: Number(format.width), height: Number(format.height) }))
			.sort((a, b) => a.width - b.width);
	const smaller = usable(formats);
	return smaller.length > 0 ? smaller : usable([image]);
}

/**
 * `displayWidth`: the widest the image is shown, in CSS pixels. `src` is the smallest candidate at
 * least that wide (else the largest); width and height are that candidate's, so the browser
 * reserves the right space before the image loads.
 */
export function responsiveImage(image: CmsImage | null | undefined, displayWidth: number): ResponsiveImage | null {
	if (!image) return null;
	const list = candidates(image);
	if (list.length === 0) return null;
	const chosen = list.find((candidate) => candidate.width >= displayWidth) ?? list[list.length - 1];
	return {
		src: chosen.url,
		srcset: list.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', '),
		sizes: `(max-width: ${displayWidth}px) 100vw, ${displayWidth}px`,
		width: chosen.width,
		height: chosen.height
	};
}
