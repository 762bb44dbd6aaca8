import type { Stats } from "node:fs";

/** What a failed file-system call means for the person running Parley, in a few words. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      // Node reads names as UTF-8; a name that is not cannot be opened again under the name it was given.
      return path.includes("\uFFFD") ? "its name is not valid UTF-8, so it cannot be opened; rename it" : "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied: it cannot be read";
    case "EISDIR":
      return "is a folder";
    case "ELOOP":
      return "a symbolic link loop: it never reaches a file";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EIO":
      return "an I/O error while reading it (a failing disk or network mount?)";
    default:
      return `cannot be read: ${(error as Error).message}`;
  }
}

/** Why something that is not a regular file is refused. */
export function notRegularFile(info: Stats): string {
  const what = info.isFIFO()
    ? "a named pipe (FIFO)"
    : info.isCharacterDevice()
      ? "a character device"
      : info.isBlockDevice()
        ? "a block device"
        : info.isSocket()
          ? "a socket"
          : info.isDirectory()
            ? "a folder"
            : "not a file";
  return `not a regular file (${what}); Parley reads regular files only`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}
