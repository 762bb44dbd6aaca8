import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { dirname, extname, isAbsolute, join, sep } from "node:path";
import { glob } from "tinyglobby";
import { describeFsError, notRegularFile } from "./fs-errors.js";

export const TEXT_EXT = new Set([".txt", ".md", ".markdown"]);
export const HTML_EXT = new Set([".html", ".htm"]);
export const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
export const SUPPORTED = [...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT];
export const isSupported = (path: string) => SUPPORTED.includes(extname(path).toLowerCase());

export interface InputFile {
  readonly path: string;
  /** Size when listed, for progress only; limits are checked on what is read. */
  readonly size: number;
  /** The folder (or glob base) it was found under, which the graph keeps its location relative to. */
  readonly root: string;
}

export interface Problem {
  readonly source: string;
  readonly reason: string;
}

export interface InputList {
  readonly files: readonly InputFile[];
  readonly problems: readonly Problem[];
}

/**
 * The article files that inputs name: a file itself, the supported files under a folder (recursively, symbolic
 * links followed, each real folder read once so a link loop ends), or a glob's matches. Whatever cannot be
 * listed is a problem of its own, named by its path, and the rest is still listed.
 */
export async function listInputs(inputs: readonly string[]): Promise<InputList> {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  const visited = new Map<string, string>(); // real folder → the path it was first read under
  const addFile = async (path: string, named: boolean, root: string) => {
    try {
      const info = await stat(path);
      if (info.isFile()) files.push({ path, size: info.size, root });
      else if (named) problems.push({ source: path, reason: notRegularFile(info) });
      // Inside a folder, a FIFO or device with an article's name is still reported, by the reader, at open.
      else files.push({ path, size: 0, root });
    } catch (error) {
      problems.push({ source: path, reason: describeFsError(error, path) });
    }
  };

  const walk = async (dir: string, out: InputFile[], root: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      problems.push({ source: dir, reason: describeFsError(error, dir) });
      return;
    }
    const first = visited.get(real);
    if (first !== undefined) {
      problems.push({ source: dir, reason: `links to a folder already read (${first}); not followed again, so a link loop ends here` });
      return;
    }
    visited.set(real, dir);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ source: dir, reason: describeFsError(error, dir) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path, out, root);
      else if (entry.isSymbolicLink()) {
        let target;
        try {
          target = await stat(path);
        } catch (error) {
          const code = (error as { code?: string }).code;
          problems.push({ source: path, reason: code === "ENOENT" ? "a broken symbolic link: its target does not exist" : describeFsError(error, path) });
          continue;
        }
        if (target.isDirectory()) await walk(path, out, root);
        else if (isSupported(path)) out.push({ path, size: target.isFile() ? target.size : 0, root });
      } else if (isSupported(path)) {
        if (entry.isFile()) {
          try {
            out.push({ path, size: (await stat(path)).size, root });
          } catch (error) {
            problems.push({ source: path, reason: describeFsError(error, path) });
          }
        } else out.push({ path, size: 0, root }); // a FIFO, device or socket: refused, by name, when it is opened
      }
    }
  };

  for (const input of inputs) {
    const wild = /[*?[\]{}]/.exec(input);
    if (wild) {
      const base = input.slice(0, wild.index);
      const root = base.endsWith("/") || base.endsWith(sep) ? base : dirname(base);
      let matches: string[];
      try {
        matches = await glob(input, { onlyFiles: true, absolute: isAbsolute(input), dot: false });
      } catch (error) {
        problems.push({ source: input, reason: describeFsError(error, input) });
        continue;
      }
      const supported = matches.filter(isSupported).sort();
      if (supported.length === 0) problems.push({ source: input, reason: `no ${SUPPORTED.join("/")} files match it` });
      for (const m of supported) await addFile(m, false, root);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      problems.push({ source: input, reason: describeFsError(error, input) });
      continue;
    }
    if (info.isDirectory()) {
      const found: InputFile[] = [];
      const before = problems.length;
      await walk(input, found, input);
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      files.push(...found);
      if (found.length === 0 && problems.length === before) problems.push({ source: input, reason: `no ${SUPPORTED.join("/")} files found there` });
    } else await addFile(input, true, dirname(input));
  }
  return { files, problems };
}
