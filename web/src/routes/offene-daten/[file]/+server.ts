import { error } from '@sveltejs/kit';
import { openData, parseOpenDataFile } from '#lib/server/cms/index.ts';
import type { RequestHandler } from './$types';

/**
 * The published directory as open data at stable URLs (/offene-daten/angebote.csv, …/termine.json):
 * streamed through from the CMS, which names every column (cms/src/open-data/datasets.ts). An
 * anonymous GET like any public page: the page cache keeps it and a content change empties it.
 */
export const GET: RequestHandler = async ({ params }) => {
	const parsed = parseOpenDataFile(params.file);
	if (!parsed) error(404, 'Not Found');
	const response = await openData.file(`${parsed.file}.${parsed.format}`);
	const headers: Record<string, string> = {
		'content-type': parsed.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
		'content-disposition': `inline; filename="${parsed.file}.${parsed.format}"`,
		'x-content-type-options': 'nosniff',
		'access-control-allow-origin': '*'
	};
	const exportedAt = response.headers.get('x-export-date');
	if (exportedAt) headers['x-export-date'] = exportedAt;
	return new Response(response.body, { headers });
};
