import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { describeFsError, mb, notRegularFile } from "./fs-errors.js";

export type FileBytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };
export type OpenedFile = { ok: true; handle: FileHandle } | { ok: false; reason: string };

/**
 * Opens a regular file for reading, and nothing else. O_NONBLOCK keeps the open itself from waiting on a FIFO
 * with no writer; the type is checked on the opened handle, so a file swapped after a check cannot slip in.
 */
export async function openRegularFile(path: string): Promise<OpenedFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: describeFsError(error, path) };
  }
  try {
    const info = await handle.stat();
    if (info.isFile()) return { ok: true, handle };
    await handle.close();
    return { ok: false, reason: notRegularFile(info) };
  } catch (error) {
    await handle.close().catch(() => {});
    return { ok: false, reason: describeFsError(error, path) };
  }
}

/**
 * A whole regular file of at most `maxBytes`. The limit is enforced on the bytes actually read, not on the size
 * the file system reports (which a growing file or a /proc file does not keep to): reading stops one byte past it.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<FileBytes> {
  const opened = await openRegularFile(path);
  if (!opened.ok) return opened;
  const { handle } = opened;
  const overLimit = (what: string) => ({ ok: false as const, reason: `${what} is over the ${mb(maxBytes)} limit; raise it with --max-size` });
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return overLimit(mb(size));
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return overLimit(`more than ${mb(maxBytes)}`);
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return overLimit(`more than ${mb(maxBytes)}`);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, reason: describeFsError(error, path) };
  } finally {
    await handle.close().catch(() => {});
  }
}
