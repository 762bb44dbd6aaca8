import { exploreScript } from "../explore/bundle.js";
import { explorePage } from "../explore/page.js";
import type { Logger } from "../log.js";
import { sendJson, type Route } from "./http.js";

/** GET /explore (the page) and /explore/app.js (its bundled script, made once on first use). */
export function exploreRoutes(log: Logger): Route[] {
  let script: Promise<string> | undefined;
  return [
    {
      method: "GET",
      path: "/explore",
      handle: (_req, res) => {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(explorePage());
      },
    },
    {
      method: "GET",
      path: "/explore/app.js",
      handle: async (_req, res) => {
        script ??= exploreScript();
        try {
          const body = await script;
          res.setHeader("content-type", "text/javascript; charset=utf-8");
          res.end(body);
        } catch (error) {
          script = undefined;
          log.error({ err: error }, "explore script unavailable");
          sendJson(res, 503, { error: (error as Error).message });
        }
      },
    },
  ];
}
