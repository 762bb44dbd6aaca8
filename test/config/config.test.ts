import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { ConfigError } from "../../src/errors.js";

describe("loadConfig", () => {
  it("gives sensible defaults when nothing is set", () => {
    const c = loadConfig({}, "/p");
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.provider).toBe("auto");
    expect(c.neo4j.dataDir).toBe("/p/.parley/neo4j");
    expect(c.server.port).toBe(4000);
    expect(c.server.readOnly).toBe(true);
    expect(c.server.introspection).toBe(true);
    expect(c.server.warmPageCache).toBe(true);
  });

  it("uses NEO4J_URI as the database when set", () => {
    const c = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_USERNAME: "u", NEO4J_PASSWORD: "p", NEO4J_DATABASE: "news" }, "/p");
    expect(c.neo4j).toMatchObject({ uri: "neo4j+s://abc.databases.neo4j.io", user: "u", password: "p", database: "news", provider: "uri" });
  });

  it("reads PORT and treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "8080", NEO4J_URI: "" }, "/p")).toMatchObject({ server: { port: 8080 }, neo4j: { uri: undefined } });
  });

  it("rejects a URI that is not Bolt, naming the variable and the expected form", () => {
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" }, "/p")).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" }, "/p")).toThrow(/NEO4J_URI="http:\/\/localhost:7474".*bolt:\/\//);
  });

  it("rejects a port out of range", () => {
    expect(() => loadConfig({ PORT: "70000" }, "/p")).toThrow(/PORT="70000"/);
  });

  it("asks for NEO4J_URI when the uri provider is forced without one", () => {
    expect(() => loadConfig({ PARLEY_DB_PROVIDER: "uri" }, "/p")).toThrow(/needs NEO4J_URI/);
  });
});

describe("loadConfig: server hardening and HTTP settings", () => {
  it("has safe defaults: no CORS, compression on, a 10 s shutdown deadline, a 1 MB body limit", () => {
    const c = loadConfig({}, "/p");
    expect(c.server).toMatchObject({ corsOrigins: [], compression: true, shutdownTimeoutMs: 10_000, maxBodyBytes: 1_000_000, maxTokens: 5000, getCacheSeconds: 60 });
    expect(c.logFormat).toBe("auto");
  });

  it("reads a comma-separated list of CORS origins, and rejects what is not an origin", () => {
    expect(loadConfig({ PARLEY_CORS_ORIGINS: "https://a.example, http://localhost:3000" }, "/p").server.corsOrigins).toEqual(["https://a.example", "http://localhost:3000"]);
    expect(loadConfig({ PARLEY_CORS_ORIGINS: "*" }, "/p").server.corsOrigins).toEqual(["*"]);
    expect(() => loadConfig({ PARLEY_CORS_ORIGINS: "https://a.example/path" }, "/p")).toThrow(/PARLEY_CORS_ORIGINS=.*origins/);
  });

  it("rejects an unknown log format", () => {
    expect(() => loadConfig({ LOG_FORMAT: "xml" }, "/p")).toThrow(/LOG_FORMAT="xml"/);
  });
});
