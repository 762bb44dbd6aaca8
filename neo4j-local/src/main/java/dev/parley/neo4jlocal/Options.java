package dev.parley.neo4jlocal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.logging.Level;

/** Command-line options of {@link LocalNeo4j}. */
final class Options {
    private static final Pattern SIZE = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*[kmgt]?i?b?");

    Path dataDir;
    int boltPort = 7687;
    Integer httpPort;
    String pageCache = "1g";
    Path pluginDir;
    Level logLevel = Level.INFO;
    final Map<String, String> extraConf = new LinkedHashMap<>();
    boolean watchStdin;
    boolean help;

    static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0 && !arg.startsWith("--conf=")) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            } else if (arg.startsWith("--conf=")) {
                value = arg.substring("--conf=".length());
                arg = "--conf";
            }
            switch (arg) {
                case "--help", "-h" -> o.help = true;
                case "--watch-stdin" -> o.watchStdin = true;
                case "--data-dir" -> {
                    String v = value != null ? value : next(args, ++i, arg);
                    if (v.isBlank()) {
                        throw new UsageException("--data-dir must not be empty");
                    }
                    o.dataDir = Paths.get(v);
                }
                case "--bolt-port" -> o.boltPort = port(value != null ? value : next(args, ++i, arg), arg);
                case "--http-port" -> o.httpPort = port(value != null ? value : next(args, ++i, arg), arg);
                case "--page-cache" -> {
                    String v = value != null ? value : next(args, ++i, arg);
                    if (!SIZE.matcher(v.trim()).matches()) {
                        throw new UsageException("--page-cache expects a size like 512m or 1g, got '" + v + "'");
                    }
                    o.pageCache = v.trim();
                }
                case "--plugin-dir" -> o.pluginDir = Paths.get(value != null ? value : next(args, ++i, arg));
                case "--log-level" -> {
                    String v = value != null ? value : next(args, ++i, arg);
                    try {
                        o.logLevel = Level.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--log-level expects DEBUG, INFO, WARN, ERROR or NONE, got '" + v + "'");
                    }
                }
                case "--conf" -> {
                    String v = value != null ? value : next(args, ++i, arg);
                    int k = v.indexOf('=');
                    if (k <= 0) {
                        throw new UsageException("--conf expects KEY=VALUE, got '" + v + "'");
                    }
                    o.extraConf.put(v.substring(0, k).trim(), v.substring(k + 1).trim());
                }
                default -> throw new UsageException("unknown argument '" + args[i] + "'");
            }
        }
        if (!o.help && o.dataDir == null) {
            throw new UsageException("--data-dir is required");
        }
        return o;
    }

    private static String next(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }

    private static int port(String v, String flag) throws UsageException {
        try {
            int p = Integer.parseInt(v.trim());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " expects a port number 0-65535, got '" + v + "'");
        }
    }

    /** A bad command line (exit status 2). */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
