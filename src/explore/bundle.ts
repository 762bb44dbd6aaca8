import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// src/explore and dist/explore both sit two levels below the project root.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = `${ROOT}explore/main.ts`;
const PREBUILT = fileURLToPath(new URL("./app.js", import.meta.url));

/**
 * The explore page's script: sigma.js, graphology and ECharts from npm, bundled by esbuild into one file so
 * the page needs nothing from the internet. Built from source when esbuild is installed (development and
 * tests), otherwise the bundle `npm run build` left beside this module (production installs without dev tools).
 */
export async function exploreScript(): Promise<string> {
  let esbuild: typeof import("esbuild") | undefined;
  try {
    esbuild = await import("esbuild");
  } catch {
    esbuild = undefined;
  }
  if (!esbuild) {
    try {
      return await readFile(PREBUILT, "utf8");
    } catch {
      throw new Error(`the explore page's script is not built (${PREBUILT} is missing); run npm run build`);
    }
  }
  const result = await esbuild.build({ entryPoints: [ENTRY], bundle: true, minify: true, format: "iife", target: "es2020", platform: "browser", write: false, legalComments: "none", logLevel: "silent" });
  return result.outputFiles[0]!.text;
}

/** Writes the bundle beside the compiled module, for installs without esbuild (`npm run build`). */
export async function writeExploreScript(): Promise<void> {
  await writeFile(PREBUILT, await exploreScript());
}

// `node dist/explore/bundle.js` (the build script) writes the bundle.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeExploreScript().catch((error: unknown) => {
    process.stderr.write(`could not bundle the explore page: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
