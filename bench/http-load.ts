/**
 * One autocannon run against a GraphQL endpoint, in its own process so the load generator does not share
 * the server's event loop. Usage: tsx bench/http-load.ts '<json: {url, body, connections, seconds, warmupSeconds?}>'
 * Prints one JSON line: requests/s, latency percentiles and errors (HTTP errors, timeouts, non-2xx, and
 * 200 responses that carry GraphQL errors) of the counted run; errors of the warm-up are added to its errors.
 */
import autocannon from "autocannon";

interface Job {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
}

const job = JSON.parse(process.argv[2] ?? "{}") as Job;
const result = await autocannon({
  url: job.url,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: job.body,
  connections: job.connections,
  duration: job.seconds,
  timeout: 10,
  // A 200 whose body carries GraphQL errors is an error too (counted by autocannon as a mismatch).
  verifyBody: (body) => !String(body).includes('"errors"'),
  // Steady state: the server's JIT has compiled the request path before the counted run starts.
  ...(job.warmupSeconds ? { warmup: { connections: job.connections, duration: job.warmupSeconds } } : {}),
});
// Errors in the warm-up are errors a client saw: counted with the run's.
const warm = (result as { warmup?: autocannon.Result }).warmup;
const warmErrors = warm ? warm.errors + warm.timeouts + warm.non2xx + warm.mismatches : 0;
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches + warmErrors,
    details: { errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphqlErrors: result.mismatches, warmupErrors: warmErrors },
  })}\n`,
);
