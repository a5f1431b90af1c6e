import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { REMOTE_IMAGES_DIR } from './remote-images-dir.mjs';

/**
 * Images a post names on another site (`![](https://cdn.example.com/x.png)`, as DEV, Hashnode, Medium and
 * many a blog write every image): the site's Content-Security-Policy loads nothing from elsewhere, so the
 * build keeps a copy of each in .contentlayer/remote-images/ (content:check downloads what is missing,
 * before it checks) and the images step serves that copy like a file beside the post. A copy is kept
 * across builds; a failed download is recorded with its reason, named by content:check, and tried again
 * on the next run.
 */

/** An address on another site the build may copy: `https://…`, `http://…` or `//host/…`. */
export const REMOTE_IMAGE = /^(?:https?:)?\/\/[^/\s]/i;

export const DOWNLOAD_LIMITS = {
  /** Larger files are refused (a camera's original is rarely above this) */
  maxBytes: 25 * 1024 * 1024,
  timeoutMs: 30_000,
  /** Downloads at once */
  concurrency: 4,
};

/** Formats a copy may have: the ones the images step serves. */
const FORMATS: Record<string, string> = { png: 'png', jpg: 'jpg', jpeg: 'jpg', webp: 'webp', gif: 'gif', avif: 'avif', svg: 'svg', tiff: 'tiff' };
const FAILED = 'failed';

export function remoteImagesDir(root: string): string {
  return path.join(root, REMOTE_IMAGES_DIR);
}

/** The address as fetched: a protocol-relative one over HTTPS. */
function absolute(url: string): string {
  const trimmed = url.trim();
  return trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
}

function keyOf(url: string): string {
  return createHash('sha256').update(absolute(url)).digest('hex').slice(0, 32);
}

/** The copy of a remote image, the reason its last download failed, or nothing when none was tried. */
export function remoteImageCopy(url: string, root: string): { file: string } | { failed: string } | undefined {
  const base = path.join(remoteImagesDir(root), keyOf(url));
  for (const extension of new Set(Object.values(FORMATS))) {
    if (fs.existsSync(`${base}.${extension}`)) return { file: `${base}.${extension}` };
  }
  return fs.existsSync(`${base}.${FAILED}`) ? { failed: fs.readFileSync(`${base}.${FAILED}`, 'utf8') } : undefined;
}

/** Why a download failed, in words that finish "The image … could not be downloaded: it …". */
function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `did not arrive within ${timeoutMs / 1000} s`;
  // fetch's own error says only "fetch failed": its cause names the reason (ENOTFOUND, ECONNREFUSED…).
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return `could not be fetched (${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))})`;
}

/** The body, up to `maxBytes`; undefined past it. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return undefined;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Downloads one image into its copy, or records why it could not be; returns that reason. */
async function download(url: string, root: string, limits: typeof DOWNLOAD_LIMITS): Promise<string | undefined> {
  const base = path.join(remoteImagesDir(root), keyOf(url));
  let reason: string | undefined;
  try {
    const response = await fetch(absolute(url), { redirect: 'follow', signal: AbortSignal.timeout(limits.timeoutMs), headers: { accept: 'image/*' } });
    // An error page's body is not read: its connection is let go.
    const bytes = response.ok ? await readLimited(response, limits.maxBytes) : await response.body?.cancel();
    if (!response.ok) reason = `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    else if (bytes === undefined) reason = `is larger than ${limits.maxBytes >= 1024 * 1024 ? `${Math.round(limits.maxBytes / 1024 / 1024)} MB` : `${limits.maxBytes} bytes`}`;
    else {
      let type: string | undefined;
      try {
        type = imageSize(bytes).type;
      } catch {
        type = undefined;
      }
      const extension = type ? FORMATS[type] : undefined;
      if (!extension) {
        reason = `is not an image the site can show (the address answered with ${response.headers.get('content-type') ?? 'no type'})`;
      } else {
        fs.mkdirSync(path.dirname(base), { recursive: true });
        const staging = `${base}.${process.pid}.part`;
        fs.writeFileSync(staging, bytes);
        fs.renameSync(staging, `${base}.${extension}`);
        fs.rmSync(`${base}.${FAILED}`, { force: true });
        return undefined;
      }
    }
  } catch (error) {
    reason = failureReason(error, limits.timeoutMs);
  }
  fs.mkdirSync(path.dirname(base), { recursive: true });
  fs.writeFileSync(`${base}.${FAILED}`, reason);
  return reason;
}

/**
 * Downloads the copies `urls` lack (the failed ones again), a few at a time. Returns each address's
 * failure reason; an address that arrived has none.
 */
export async function downloadRemoteImages(
  urls: readonly string[],
  root: string,
  limits: Partial<typeof DOWNLOAD_LIMITS> & { retryFailedAfterMs?: number; onStart?: (count: number) => void } = {},
): Promise<Map<string, string>> {
  const settings = { ...DOWNLOAD_LIMITS, ...limits };
  // A copy that exists; or, with retryFailedAfterMs (the dev server, on every change), a failure that recent.
  const kept = (url: string) => {
    const copy = remoteImageCopy(url, root);
    if (copy === undefined) return false;
    if ('file' in copy) return true;
    const since = Date.now() - fs.statSync(path.join(remoteImagesDir(root), `${keyOf(url)}.${FAILED}`)).mtimeMs;
    return since < (limits.retryFailedAfterMs ?? 0);
  };
  const queue = [...new Set(urls.filter((url) => REMOTE_IMAGE.test(url.trim()) && !kept(url)))];
  const failures = new Map<string, string>();
  if (queue.length > 0) limits.onStart?.(queue.length);
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const reason = await download(url, root, settings);
      if (reason) failures.set(url, reason);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
  return failures;
}
