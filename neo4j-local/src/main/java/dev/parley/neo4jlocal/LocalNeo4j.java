package dev.parley.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Parley's local Neo4j: Neo4j Community embedded, APOC core loaded, Bolt on loopback,
 * auth disabled. Prints exactly one line on stdout once Bolt accepts connections:
 *
 * <pre>PARLEY_NEO4J_READY bolt://127.0.0.1:&lt;port&gt;</pre>
 *
 * Everything else goes to stderr (Neo4j's user log) or to {@code <data-dir>/logs/debug.log}.
 * SIGTERM / SIGINT shut the database down cleanly and exit with status 0.
 */
public final class LocalNeo4j {

    static final String READY_PREFIX = "PARLEY_NEO4J_READY";
    static final String LOOPBACK = "127.0.0.1";
    static final String PROG = "neo4j-local";

    private static final String USAGE = String.join("\n",
            "Usage: java [JVM options] -jar neo4j-local.jar --data-dir DIR [options]",
            "",
            "Runs Neo4j Community " + "(embedded) with APOC core, Bolt on 127.0.0.1, auth disabled.",
            "Prints '" + READY_PREFIX + " bolt://127.0.0.1:PORT' on stdout once Bolt accepts connections.",
            "",
            "Options:",
            "  --data-dir DIR      Neo4j home: databases, transaction logs and logs live here (required).",
            "                      Created if missing; survives restarts.",
            "  --bolt-port PORT    Bolt port on 127.0.0.1 (default 7687; 0 = any free port, the",
            "                      chosen one is in the READY line).",
            "  --http-port PORT    Also enable the HTTP connector on 127.0.0.1:PORT (default: off).",
            "  --page-cache SIZE   Page cache size, e.g. 512m, 1g (default 1g). Heap: use -Xmx.",
            "  --plugin-dir DIR    Procedure plugin dir (default: 'plugins' next to the jar).",
            "  --log-level LEVEL   Level of the Neo4j log on stderr: DEBUG, INFO, WARN, ERROR, NONE",
            "                      (default INFO). Debug log: DIR/logs/debug.log.",
            "  --conf KEY=VALUE    Any Neo4j setting (repeatable), applied last, e.g.",
            "                      --conf db.transaction.timeout=60s",
            "  --watch-stdin       Shut down when stdin reaches end of file (parent went away).",
            "  --help              Show this help.",
            "",
            "Exit status: 0 after a clean shutdown (SIGTERM/SIGINT), 1 on a runtime error,",
            "2 on a usage error.");

    private final PrintStream stdout;
    private final Options options;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean shutDown = new AtomicBoolean(false);
    private volatile DatabaseManagementService service;

    private LocalNeo4j(PrintStream stdout, Options options) {
        this.stdout = stdout;
        this.options = options;
    }

    public static void main(String[] args) {
        // Keep stdout for the READY line only; anything else that prints to System.out
        // (libraries, Neo4j) ends up on stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        // The system properties Neo4j's own launcher sets.
        setDefaultProperty("io.netty.tryReflectionSetAccessible", "true");
        setDefaultProperty("log4j2.disable.jmx", "true");
        setDefaultProperty("jdk.nio.maxCachedBufferSize", "1024");
        setDefaultProperty("jdk.tls.ephemeralDHKeySize", "2048");

        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.err.println(PROG + ": error: " + e.getMessage() + " (see --help)");
            System.exit(2);
            return;
        }
        if (options.help) {
            stdout.println(USAGE);
            stdout.flush();
            System.exit(0);
            return;
        }
        int status;
        try {
            status = new LocalNeo4j(stdout, options).run();
        } catch (StartupException e) {
            System.err.println(PROG + ": error: " + e.getMessage());
            status = 1;
        } catch (Throwable t) {
            System.err.println(PROG + ": error: " + describe(t));
            status = 1;
        }
        System.err.flush();
        System.exit(status);
    }

    private int run() throws Exception {
        long t0 = System.nanoTime();
        Path home = prepareDataDir(options.dataDir);
        Path pluginDir = resolvePluginDir();
        if (options.boltPort != 0) {
            requirePortFree("Bolt", options.boltPort);
        }
        if (options.httpPort != null && options.httpPort != 0) {
            requirePortFree("HTTP", options.httpPort);
        }
        installSignalHandlers();
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdownOnce, PROG + "-shutdown-hook"));
        if (options.watchStdin) {
            watchStdin();
        }

        Path confFile = writeConfig(home, pluginDir);
        System.err.println(PROG + ": starting Neo4j in " + home + " (plugins: " + pluginDir + ")");
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(confFile);
        if (options.logLevel != Level.NONE) {
            builder.setUserLogProvider(new Log4jLogProvider(System.err, options.logLevel));
        }
        try {
            service = builder.build();
        } catch (Throwable t) {
            throw new StartupException(explainStartFailure(t, home));
        }
        if (stopRequested.getCount() == 0) {
            shutdownOnce();
            return 0;
        }

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        String apocVersion = checkApoc(db);
        int boltPort = boundPort(db, ConnectorType.BOLT, options.boltPort);
        waitForTcp(boltPort, 30_000);
        String uri = "bolt://" + LOOPBACK + ":" + boltPort;
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf(Locale.ROOT, "%s: Neo4j %s with APOC %s ready in %d ms at %s%n",
                PROG, Version.getNeo4jVersion(), apocVersion, ms, uri);
        if (options.httpPort != null) {
            System.err.println(PROG + ": HTTP at http://" + LOOPBACK + ":"
                    + boundPort(db, ConnectorType.HTTP, options.httpPort));
        }
        stdout.println(READY_PREFIX + " " + uri);
        stdout.flush();

        stopRequested.await();
        shutdownOnce();
        return 0;
    }

    // ---------------------------------------------------------------- configuration

    private Path writeConfig(Path home, Path pluginDir) throws IOException {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put(BoltConnector.enabled.name(), "true");
        conf.put(BoltConnector.listen_address.name(), LOOPBACK + ":" + options.boltPort);
        conf.put(BoltConnector.advertised_address.name(), LOOPBACK + ":" + options.boltPort);
        conf.put(BoltConnector.encryption_level.name(), "DISABLED");
        conf.put(HttpConnector.enabled.name(), Boolean.toString(options.httpPort != null));
        if (options.httpPort != null) {
            conf.put(HttpConnector.listen_address.name(), LOOPBACK + ":" + options.httpPort);
            conf.put(HttpConnector.advertised_address.name(), LOOPBACK + ":" + options.httpPort);
        }
        conf.put(HttpsConnector.enabled.name(), "false");
        conf.put(GraphDatabaseSettings.auth_enabled.name(), "false");
        conf.put(GraphDatabaseSettings.plugin_dir.name(), pluginDir.toString());
        conf.put(GraphDatabaseSettings.procedure_unrestricted.name(), "apoc.*");
        conf.put(GraphDatabaseSettings.procedure_allowlist.name(), "apoc.*");
        conf.put(GraphDatabaseSettings.pagecache_memory.name(), options.pageCache);
        conf.put("dbms.usage_report.enabled", "false");
        // Don't preallocate 256 MiB transaction log files per database (system + neo4j).
        conf.put(GraphDatabaseSettings.preallocate_logical_logs.name(), "false");
        // Bolt waits 5 s + 5 s for idle connections / its thread pool on shutdown by default.
        conf.put(BoltConnectorInternalSettings.connection_shutdown_wait_time.name(), "1s");
        conf.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time.name(), "1s");
        // Explicitly no transaction timeout (Neo4j's default; callers may set one with --conf).
        conf.put(GraphDatabaseSettings.transaction_timeout.name(), "0s");
        conf.putAll(options.extraConf);

        Path file = home.resolve("neo4j-local.conf");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Written by neo4j-local at every start; edits are overwritten. Use --conf KEY=VALUE.\n");
            for (Map.Entry<String, String> e : conf.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        return file;
    }

    private static Path prepareDataDir(Path dir) throws StartupException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new StartupException("data dir " + abs + " exists and is not a directory");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException | SecurityException e) {
            throw new StartupException("cannot create data dir " + abs + ": " + describe(e));
        }
        if (!Files.isWritable(abs)) {
            throw new StartupException("data dir " + abs + " is not writable");
        }
        return abs;
    }

    private Path resolvePluginDir() throws StartupException {
        Path dir;
        if (options.pluginDir != null) {
            dir = options.pluginDir.toAbsolutePath().normalize();
        } else {
            dir = codeLocation().resolve("plugins");
        }
        if (!Files.isDirectory(dir)) {
            throw new StartupException("plugin dir " + dir + " does not exist (it should hold the APOC jars;"
                    + " rebuild with mvn package or pass --plugin-dir)");
        }
        return dir;
    }

    /** The directory holding neo4j-local.jar (or target/classes when run unpackaged). */
    private static Path codeLocation() throws StartupException {
        try {
            Path p = Paths.get(LocalNeo4j.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/neo4j-local.jar -> target; target/classes -> target
            return p.toAbsolutePath().normalize().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            throw new StartupException("cannot locate neo4j-local.jar: " + describe(e));
        }
    }

    // ---------------------------------------------------------------- readiness

    /**
     * Calls the APOC functions Parley's GraphQL layer needs (one query, to keep startup quick).
     * Returns APOC's version.
     */
    private static String checkApoc(GraphDatabaseService db) throws StartupException {
        try {
            return db.executeTransactionally(
                    "RETURN apoc.version() AS version,"
                            + " apoc.date.convertFormat('2024-01-02', 'date', 'iso_date') AS date,"
                            + " apoc.util.validatePredicate(false, 'unused %s', [0]) AS valid",
                    Map.of(),
                    r -> String.valueOf(r.next().get("version")));
        } catch (RuntimeException e) {
            throw new StartupException("APOC is not usable (" + describe(e) + "); the plugin dir should hold"
                    + " apoc-core and apoc-common, see logs/debug.log");
        }
    }

    private static int boundPort(GraphDatabaseService db, ConnectorType type, int requested) {
        if (db instanceof GraphDatabaseAPI api) {
            ConnectorPortRegister register =
                    api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            HostnamePort address = register.getLocalAddress(type);
            if (address != null) {
                return address.getPort();
            }
        }
        return requested;
    }

    private static void waitForTcp(int port, long timeoutMs) throws StartupException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        IOException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(LOOPBACK, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new StartupException("Bolt port " + LOOPBACK + ":" + port + " does not accept connections: "
                + (last == null ? "timeout" : describe(last)));
    }

    private static void requirePortFree(String what, int port) throws StartupException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(LOOPBACK, port));
        } catch (IOException e) {
            throw new StartupException(what + " port " + LOOPBACK + ":" + port + " is already in use ("
                    + describe(e) + "); pick another with --" + what.toLowerCase(Locale.ROOT) + "-port");
        }
    }

    // ---------------------------------------------------------------- shutdown

    private void installSignalHandlers() {
        for (String name : new String[] {"TERM", "INT", "HUP"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> requestStop("SIG" + sig.getName()));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // Signal not available here (e.g. HUP on some platforms); the shutdown hook still applies.
            }
        }
    }

    private void requestStop(String why) {
        if (stopRequested.getCount() > 0) {
            System.err.println(PROG + ": " + why + " received, shutting down");
        }
        stopRequested.countDown();
    }

    private void watchStdin() {
        Thread t = new Thread(() -> {
            try (InputStream in = System.in) {
                byte[] buf = new byte[256];
                while (in.read(buf) >= 0) {
                    // discard
                }
            } catch (IOException e) {
                // treat like end of file
            }
            requestStop("end of stdin");
        }, PROG + "-stdin-watch");
        t.setDaemon(true);
        t.start();
    }

    private void shutdownOnce() {
        DatabaseManagementService s = service;
        if (s != null && shutDown.compareAndSet(false, true)) {
            try {
                s.shutdown();
                System.err.println(PROG + ": Neo4j stopped");
            } catch (Throwable t) {
                System.err.println(PROG + ": error during shutdown: " + describe(t));
            }
        }
    }

    // ---------------------------------------------------------------- errors

    private static String explainStartFailure(Throwable t, Path home) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            if (name.endsWith("FileLockException") || msg.contains("locked by another process")) {
                return "data dir " + home + " is in use by another Neo4j process (" + rootMessage(c) + ")";
            }
            if (name.endsWith("PortBindException") || c instanceof java.net.BindException) {
                return "cannot bind a connector port: " + msg;
            }
        }
        return "Neo4j failed to start: " + describe(t) + " (details in " + home.resolve("logs/debug.log") + ")";
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).replace('\n', ' ');
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        String head = root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
        if (root != t && t.getMessage() != null && !t.getMessage().equals(msg)) {
            head = t.getMessage() + " <- " + head;
        }
        return head.replace('\n', ' ');
    }

    private static void setDefaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    static final class StartupException extends Exception {
        private static final long serialVersionUID = 1L;

        StartupException(String message) {
            super(message);
        }
    }
}
