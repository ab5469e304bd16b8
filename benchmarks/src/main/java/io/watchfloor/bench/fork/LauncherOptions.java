package io.watchfloor.bench.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the {@code ./watchfloor} launcher starts the app with (its {@code heap_opts="..."} line), so
 * that a forked wall is measured with the memory settings a real wall runs with. Read from the script itself: it
 * is the one place those options are written down.
 */
public final class LauncherOptions {
    private static final Pattern HEAP_OPTS = Pattern.compile("(?m)^\\s*heap_opts=\"([^\"]*)\"\\s*$");

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

    static List<String> parse(String script, String name) {
        Matcher m = HEAP_OPTS.matcher(script);
        if (!m.find() || m.group(1).isBlank()) {
            throw new IllegalStateException(name + " has no heap_opts=\"...\" line; the memory figures must run"
                    + " with the launcher's JVM options, so fix the suite's LauncherOptions with the script");
        }
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }
}
