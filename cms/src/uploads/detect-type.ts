import { readFile } from 'node:fs/promises';

/** The type of a file judged by its content (magic bytes), never by its name or declared type. */
export async function detectType(filepath: string): Promise<{ mime: string; ext: string } | undefined> {
  const { fileTypeFromBuffer } = await import('file-type');
  const head = (await readFile(filepath)).subarray(0, 4100);
  return fileTypeFromBuffer(new Uint8Array(head));
}

export type UploadedFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };

/** koa-body gives one file or an array for a field; accept exactly one. */
export function singleFile(value: unknown): UploadedFile | undefined {
  if (Array.isArray(value)) return value.length === 1 ? (value[0] as UploadedFile) : undefined;
  return value ? (value as UploadedFile) : undefined;
}
