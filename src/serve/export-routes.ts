import type { Database } from "../database/database.js";
import { ParleyError } from "../errors.js";
import { FORMATS, runExport } from "../export/export.js";
import type { Logger } from "../log.js";
import { sendJson, type Route } from "./http.js";
import { sendBody } from "./http-response.js";

const STATUS: Partial<Record<string, number>> = {
  INPUT_INVALID: 400,
  ACTOR_NOT_FOUND: 404,
  ACTOR_AMBIGUOUS: 409,
  DATABASE_UNAVAILABLE: 503,
  DATABASE_TIMEOUT: 504,
};

/**
 * GET /export/graph.graphml, /export/graph.gexf and /export/{actors,meetings,evidence,edges}.csv, with the traversals'
 * filters as query parameters (actor, depth, limit, after, before, kind), so `pandas.read_csv(url)` or Gephi's
 * "open URL" takes them in one step. `X-Parley-Truncated: true` says when a limit left rows out.
 */
export function exportRoutes(db: Database, txTimeoutMs: number, log: Logger, compression: boolean): Route[] {
  return FORMATS.map((format) => ({
    method: "GET" as const,
    path: `/export/${format === "graphml" || format === "gexf" ? `graph.${format}` : format}`,
    handle: async (req, res) => {
      const params = new URL(req.url ?? "/", "http://localhost").searchParams;
      const get = (k: string) => params.get(k) ?? undefined;
      try {
        const result = await runExport(db, format, { actor: get("actor"), depth: get("depth"), limit: get("limit"), after: get("after"), before: get("before"), kind: get("kind") }, { timeoutMs: txTimeoutMs * 6 });
        res.setHeader("content-disposition", `inline; filename="${result.fileName}"`);
        res.setHeader("x-parley-truncated", String(result.truncated));
        await sendBody(req, res, 200, result.body, { contentType: result.contentType, cacheControl: "no-cache", compression });
      } catch (error) {
        if (error instanceof ParleyError) {
          sendJson(res, STATUS[error.code] ?? 500, { error: error.message, code: error.code, ...error.details });
          return;
        }
        log.error({ err: error }, "export failed");
        sendJson(res, 500, { error: "the export failed; see the server log", code: "INTERNAL" });
      }
    },
  }));
}
