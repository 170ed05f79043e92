/**
 * The open-data export (the CMS's GET /api/open-data/…): the metadata (licence, columns) for the
 * "Offene Daten" page, and each file streamed through unchanged (the CMS names every column,
 * cms/src/open-data/datasets.ts). Public, anonymous reads: the page cache keeps them like pages and
 * a content change empties it.
 */
import { CmsUnavailableError, isOutageStatus, unavailable } from './errors.ts';
import { isRecord } from './shape.ts';
import { jsonOf, type Transport } from './transport.ts';

/** The files, by the German names in their URLs. */
export const OPEN_DATA_FILES = ['angebote', 'akteure', 'gemeinden', 'termine'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];
export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;

/** `angebote.csv` → { file, format }, or null for anything else (no other path reaches the CMS). */
export function parseOpenDataFile(name: string): { file: OpenDataFile; format: 'csv' | 'json' } | null {
	const match = /^([a-z]+)\.(csv|json)$/.exec(name);
	if (!match || !(OPEN_DATA_FILES as readonly string[]).includes(match[1])) return null;
	return { file: match[1] as OpenDataFile, format: match[2] as 'csv' | 'json' };
}

export interface OpenDataMetadata {
	licence: { name: string; url: string };
	exportedAt: string;
	datasets: Record<string, { file: string; columns: string[] }>;
}

const isMetadata = (value: unknown): value is OpenDataMetadata =>
	isRecord(value) && isRecord(value.licence) && typeof value.licence.name === 'string' && typeof value.licence.url === 'string' && isRecord(value.datasets);

/** Ten thousand offerings take a while to stream; the transport's usual 8 s would cut them off. */
const EXPORT_TIMEOUT_MS = 300_000;

export function createOpenData(transport: Transport) {
	return {
		async metadata(): Promise<OpenDataMetadata> {
			let response: Response;
			try {
				response = await transport.send('/api/open-data');
			} catch (err) {
				unavailable(err);
			}
			const json = await jsonOf(response);
			const data = isRecord(json) ? json.data : undefined;
			if (!response.ok || !isMetadata(data)) unavailable(new CmsUnavailableError(`GET /api/open-data answered HTTP ${response.status}`));
			return data;
		},

		/** The file's response, streamed; an outage is the 503 page. */
		async file(name: `${OpenDataFile}.${'csv' | 'json'}`): Promise<Response> {
			let response: Response;
			try {
				response = await transport.send(`/api/open-data/${name}`, { accept: '*/*', timeoutMs: EXPORT_TIMEOUT_MS });
			} catch (err) {
				unavailable(err);
			}
			if (!response.ok || isOutageStatus(response.status)) {
				await response.body?.cancel();
				unavailable(new CmsUnavailableError(`GET /api/open-data/${name} answered HTTP ${response.status}`));
			}
			return response;
		}
	};
}
