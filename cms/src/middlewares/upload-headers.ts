import path from 'node:path';
import { SERVED_EXTENSIONS } from '../uploads/image-policy';

export const UPLOAD_CSP = "default-src 'none'; sandbox";

/**
 * The path a static handler would read, when it lies in public/uploads: decoded and normalised the
 * way koa-send does (so `/%75ploads/…` and `/a/../uploads/…` count), case-insensitive (macOS).
 */
export function uploadsTarget(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    decoded = rawPath;
  }
  const normalized = path.posix.normalize(decoded.replace(/\\/g, '/'));
  return /^\/+uploads(\/|$)/i.test(normalized) ? normalized : null;
}

/**
 * Every response under /uploads carries `default-src 'none'; sandbox` and nosniff, so nothing
 * there runs as a page of the CMS's origin. Only PNG, JPEG and WebP are served (Content-Type from
 * the extension, which the upload service chose from the content, and `inline`); every other name
 * is answered 404 — a file that is not one of these has no business there (uploads/check-stored.ts
 * moves such files out at start).
 */
export default () => async (ctx, next) => {
  const target = uploadsTarget(ctx.path);
  if (target === null) return next();
  const type = SERVED_EXTENSIONS[path.posix.extname(target).toLowerCase()];
  const protect = () => {
    ctx.set('Content-Security-Policy', UPLOAD_CSP);
    ctx.set('X-Content-Type-Options', 'nosniff');
  };
  if (!type || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
    ctx.status = 404;
    ctx.body = 'Not Found';
    protect();
    return;
  }
  try {
    await next();
  } finally {
    protect();
    if (ctx.status === 200 || ctx.status === 206 || ctx.status === 304) {
      ctx.type = type;
      ctx.set('Content-Disposition', 'inline');
    }
  }
};
