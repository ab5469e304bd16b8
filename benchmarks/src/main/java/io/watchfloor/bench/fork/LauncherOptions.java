package io.watchfloor.bench.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the {@code ./watchfloor} launcher starts the app with (its {@code heap_opts="..."} line), and the
 * environment variables it sets for it ({@link #environment}), so that a forked wall is measured with the memory
 * settings a real wall runs with. Read from the script itself: it is the one place those are written down.
 */
public final class LauncherOptions {
    private static final Pattern HEAP_OPTS = Pattern.compile("(?m)^\\s*heap_opts=\"([^\"]*)\"\\s*$");
    /** {@code export NAME="${NAME:-default}"}: a variable the launcher sets unless the user did. */
    private static final Pattern EXPORT_DEFAULT =
            Pattern.compile("(?m)^\\s*export\\s+([A-Za-z_][A-Za-z0-9_]*)=\"\\$\\{\\1:-([^}\"]*)\\}\"\\s*$");

    private LauncherOptions() {
    }

    /**
     * The launcher's JVM options.
     *
     * @param launcher the {@code watchfloor} script
     * @return its options, in order; never empty
     * @throws IOException           when the script cannot be read
     * @throws IllegalStateException when the script has no {@code heap_opts="..."} line, or an empty one (the
     *                               suite would otherwise measure a JVM the launcher does not start)
     */
    public static List<String> read(Path launcher) throws IOException {
        return parse(Files.readString(launcher), launcher.toString());
    }

    /**
     * The environment variables the launcher sets for the JVM when the user has not (its
     * {@code export NAME="${NAME:-default}"} lines, e.g. glibc's {@code MALLOC_ARENA_MAX}): what a forked wall
     * needs to run as the launcher starts it, the launcher's defaults, not the suite's own environment.
     *
     * @param launcher the {@code watchfloor} script
     * @return name to default value, in the script's order; empty when it sets none
     * @throws IOException when the script cannot be read
     */
    public static Map<String, String> environment(Path launcher) throws IOException {
        return parseEnvironment(Files.readString(launcher));
    }

    static Map<String, String> parseEnvironment(String script) {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher m = EXPORT_DEFAULT.matcher(script);
        while (m.find()) {
            env.put(m.group(1), m.group(2));
        }
        return env;
    }

    static List<String> parse(String script, String name) {
        Matcher m = HEAP_OPTS.matcher(script);
        if (!m.find() || m.group(1).isBlank()) {
            throw new IllegalStateException(name + " has no heap_opts=\"...\" line; the memory figures must run"
                    + " with the launcher's JVM options, so fix the suite's LauncherOptions with the script");
        }
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }
}
