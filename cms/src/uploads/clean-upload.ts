import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { errors } from '@strapi/utils';
import { MAX_IMAGE_BYTES, type StoredKind } from './image-policy';
import { ImageRefused, reencodeImage } from './reencode';
import type { UploadedFile } from './detect-type';

/** The stored name is the server's: `bild` plus the extension of the re-encoded kind (the hash adds a random suffix). */
const STORED_BASENAME = 'bild';

type FileInfo = Record<string, unknown> | undefined;

/**
 * Every file that reaches Strapi's upload service is replaced by its re-encoded pixels before the
 * service sees it: type, extension and name come from the content, never from the sender.
 * Bad files are a 400 (413 when too large) with a message a person can act on.
 */
export async function withCleanImages<T>(
  files: UploadedFile | UploadedFile[],
  fileInfo: FileInfo | FileInfo[],
  run: (files: UploadedFile | UploadedFile[], fileInfo: FileInfo | FileInfo[]) => Promise<T>,
  storeAs?: StoredKind,
): Promise<T> {
  const list = Array.isArray(files) ? files : [files];
  const infos = Array.isArray(fileInfo) ? fileInfo : [fileInfo];
  const directory = await mkdtemp(path.join(tmpdir(), 'clean-upload-'));
  try {
    const cleaned: UploadedFile[] = [];
    const cleanedInfos: FileInfo[] = [];
    for (const [index, file] of list.entries()) {
      if (!file?.filepath) throw new errors.ValidationError('Send a file', { fields: { file: 'required' } });
      if (file.size > MAX_IMAGE_BYTES) throw new errors.PayloadTooLargeError(`The image is larger than ${Math.round(MAX_IMAGE_BYTES / 1024 / 1024)} MB`);
      let image: Awaited<ReturnType<typeof reencodeImage>>;
      try {
        image = await reencodeImage(await readFile(file.filepath), storeAs);
      } catch (error) {
        if (error instanceof ImageRefused) throw new errors.ValidationError(error.message, { fields: { file: error.reason } });
        throw error;
      }
      const name = `${STORED_BASENAME}${image.ext}`;
      const filepath = path.join(directory, `${index}${image.ext}`);
      await writeFile(filepath, image.data);
      cleaned.push({ filepath, originalFilename: name, mimetype: image.mime, detectedMimeType: image.mime, size: image.data.length } as UploadedFile);
      cleanedInfos.push({ ...(infos[index] ?? {}), name });
    }
    return await run(Array.isArray(files) ? cleaned : cleaned[0], Array.isArray(fileInfo) ? cleanedInfos : cleanedInfos[0]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
