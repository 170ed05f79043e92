/**
 * What public/uploads may hold and serve: raster images of three kinds, nothing else. Every
 * upload path (member route, content API, admin panel) and every response under /uploads reads
 * these lists; anything not listed is refused.
 */
export type StoredKind = 'png' | 'jpeg' | 'webp';

export const STORED_KINDS: Record<StoredKind, { mime: string; ext: string }> = {
  png: { mime: 'image/png', ext: '.png' },
  jpeg: { mime: 'image/jpeg', ext: '.jpg' },
  webp: { mime: 'image/webp', ext: '.webp' },
};

/**
 * Formats decoded on upload (judged by content; sharp's names) and the kind each is stored as. A GIF
 * becomes a PNG of its first frame. SVG, TIFF, HEIF and the rest never reach a decoder.
 */
export const ACCEPTED_INPUT: Record<string, StoredKind> = { png: 'png', jpeg: 'jpeg', webp: 'webp', gif: 'png' };

/** Extensions served under /uploads, with the Content-Type they are served as. */
export const SERVED_EXTENSIONS: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** Decompression bombs: refused from the header, before any pixel is decoded (8000 × 5000). */
export const MAX_INPUT_PIXELS = 40_000_000;

export const MAX_IMAGE_BYTES = Number(process.env.MEMBER_UPLOAD_MAX_BYTES ?? 5 * 1024 * 1024);

/** The stored kind an extension stands for, when it is one that is served. */
export function kindOfExtension(ext: string): StoredKind | undefined {
  const mime = SERVED_EXTENSIONS[ext.toLowerCase()];
  return (Object.keys(STORED_KINDS) as StoredKind[]).find((kind) => STORED_KINDS[kind].mime === mime);
}
