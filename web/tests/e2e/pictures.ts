/**
 * Test pictures for the e2e suite, written by hand (the site has no image library, and needs none).
 */
import { crc32, deflateSync } from 'node:zlib';

/** A PNG of one colour (large ones make the CMS generate every smaller format). */
export function solidPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const frame = Buffer.alloc(8 + data.length + 4);
		frame.writeUInt32BE(data.length, 0);
		body.copy(frame, 4);
		frame.writeUInt32BE(crc32(body), 8 + data.length);
		return frame;
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
	const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, index) => [r, g, b][index % 3])]);
	const pixels = Buffer.concat(Array.from({ length: height }, () => row));
	return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}
