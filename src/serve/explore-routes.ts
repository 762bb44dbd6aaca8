import { exploreScript } from "../explore/bundle.js";
import { explorePage } from "../explore/page.js";
import type { Logger } from "../log.js";
import { sendJson, type Route } from "./http.js";
import { sendBody, staticBody } from "./http-response.js";

/** GET /explore (the page) and /explore/app.js (its bundled script, made once on first use). */
export function exploreRoutes(log: Logger, compression: boolean): Route[] {
  let script: Promise<ReturnType<typeof staticBody>> | undefined;
  return [
    {
      method: "GET",
      path: "/explore",
      handle: (req, res) => sendBody(req, res, 200, explorePage(), { contentType: "text/html; charset=utf-8", cacheControl: "no-cache", compression }),
    },
    {
      method: "GET",
      path: "/explore/app.js",
      handle: async (req, res) => {
        script ??= exploreScript().then(staticBody);
        try {
          const body = await script;
          // no-cache: revalidated with the ETag, so a new build is picked up on the next load.
          await sendBody(req, res, 200, body.raw, { contentType: "text/javascript; charset=utf-8", cacheControl: "no-cache", etag: body.etag, compression, variant: body.variant });
        } catch (error) {
          script = undefined;
          log.error({ err: error }, "explore script unavailable");
          sendJson(res, 503, { error: (error as Error).message });
        }
      },
    },
  ];
}
