import sharp, { type Metadata } from 'sharp';
import { ACCEPTED_INPUT, MAX_INPUT_PIXELS, STORED_KINDS, type StoredKind } from './image-policy';

export type CleanImage = { data: Buffer; kind: StoredKind; mime: string; ext: string; width: number; height: number };

export type RefusalReason = 'not an image' | 'too many pixels' | 'damaged';

/** Why an image was not taken, in words a person can act on. */
export class ImageRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

const NOT_AN_IMAGE = 'Only JPEG, PNG, WebP or GIF images can be uploaded (checked by content)';
const TOO_MANY_PIXELS = `The image has more than ${MAX_INPUT_PIXELS / 1_000_000} megapixels; please make it smaller`;

/** sharp's errors as a refusal: its pixel limit, or a file it cannot read. */
function refusal(error: unknown): ImageRefused {
  return /pixel limit/i.test(String((error as Error)?.message))
    ? new ImageRefused('too many pixels', TOO_MANY_PIXELS)
    : new ImageRefused('damaged', 'The image file is damaged or incomplete');
}

/** The input format by its magic bytes (sharp's name for it), when it is one we decode. */
async function sniff(input: Buffer): Promise<string | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  const type = await fileTypeFromBuffer(new Uint8Array(input.subarray(0, 4100)));
  const format = type?.ext === 'jpg' ? 'jpeg' : type?.ext;
  return format && Object.hasOwn(ACCEPTED_INPUT, format) ? format : undefined;
}

/**
 * Decodes an image and encodes its pixels anew: metadata, trailing bytes, extra frames and anything
 * else that is not the picture are gone, and the kind comes from the content, never from a name.
 * EXIF orientation is applied before the metadata goes, so the picture stays upright. `storeAs`
 * picks the stored kind (a replaced file keeps its URL and so its extension).
 */
export async function reencodeImage(input: Buffer, storeAs?: StoredKind): Promise<CleanImage> {
  const format = await sniff(input);
  if (!format) throw new ImageRefused('not an image', NOT_AN_IMAGE);
  const kind = storeAs ?? ACCEPTED_INPUT[format];
  const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', pages: 1, autoOrient: true });
  let header: Metadata;
  try {
    header = await image.metadata();
  } catch (error) {
    throw refusal(error);
  }
  // the decoder sharp chose must be the one the magic bytes named
  if (header.format !== format) throw new ImageRefused('not an image', NOT_AN_IMAGE);
  // sharp checks the limit as well; this keeps the promise independent of how it reads headers
  if ((header.width ?? 0) * (header.height ?? 0) > MAX_INPUT_PIXELS) throw new ImageRefused('too many pixels', TOO_MANY_PIXELS);
  const encoder = kind === 'jpeg' ? image.jpeg({ quality: 88, mozjpeg: true }) : kind === 'webp' ? image.webp({ quality: 88 }) : image.png({ compressionLevel: 9 });
  try {
    const { data, info } = await encoder.toBuffer({ resolveWithObject: true });
    return { data, kind, ...STORED_KINDS[kind], width: info.width, height: info.height };
  } catch (error) {
    throw refusal(error);
  }
}
