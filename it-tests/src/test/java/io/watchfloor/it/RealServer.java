package io.watchfloor.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real server group started by {@code it/start.sh NAME} on loopback, from a fresh state directory
 * under {@code it-tests/target/it/NAME}; {@link #close()} stops it by PID through {@code it/stop.sh NAME}
 * (also run from a JVM shutdown hook, so a crashed test run leaves nothing behind).
 *
 * <p>{@link #start} skips the calling test class (a JUnit assumption) when a server binary is not
 * installed, with a message naming {@code it/install.sh}; any other start failure fails the test.
 * Not thread-safe: one test class owns an instance.
 */
final class RealServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RealServer.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Map<String, String> env;
    private final Thread shutdownHook;
    private boolean closed;

    private RealServer(String name, Map<String, String> env) {
        this.name = name;
        this.env = env;
        this.shutdownHook = new Thread(() -> script("stop.sh", name), "it-stop-" + name);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code it/start.sh name} and reads its KEY=VALUE lines.
     *
     * @param installHint what to pass to it/install.sh, for the skip message
     * @param binaries    commands that must be on the PATH, else the test class is skipped
     */
    static RealServer start(String name, String installHint, String... binaries) {
        for (String b : binaries) {
            Assumptions.assumeTrue(onPath(b), () -> "skipped: " + b + " is not installed; run it/install.sh "
                    + installHint + " (or .ci/run) to run the tests against real servers");
        }
        long t0 = System.nanoTime();
        Result r = script("start.sh", name);
        if (r.code != 0) {
            throw new IllegalStateException("it/start.sh " + name + " failed (exit " + r.code + "):\n" + r.output);
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : r.output.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[A-Z0-9_]+")) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        LOG.info("started {} in {} ms: {}", name, (System.nanoTime() - t0) / 1_000_000, env.keySet());
        return new RealServer(name, env);
    }

    /** A value the start script printed (AM_URL, ...). */
    String get(String key) {
        String v = env.get(key);
        if (v == null) {
            throw new IllegalStateException("it/start.sh " + name + " printed no " + key + " (printed " + env.keySet() + ")");
        }
        return v;
    }

    /** Runs {@code it/start.sh what} or {@code it/stop.sh what} (e.g. the flapping target) and checks it worked. */
    static void run(String scriptName, String what) {
        Result r = script(scriptName, what);
        if (r.code != 0) {
            throw new IllegalStateException("it/" + scriptName + " " + what + " failed: " + r.output);
        }
    }

    /**
     * Kills one server process and its children (its own session and process group, as started by
     * setsid) by its PID file: a crash, not a shutdown.
     */
    static void kill(Path pidFile) throws IOException, InterruptedException {
        String pid = Files.readString(pidFile).trim();
        Process p = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).redirectErrorStream(true).start();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Result r = script("stop.sh", name);
        if (r.code != 0) {
            LOG.warn("it/stop.sh {} failed: {}", name, r.output);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs stop.sh again, harmlessly
        }
    }

    static Path scripts() {
        return Path.of(System.getProperty("watchfloor.it.scripts", "../it")).toAbsolutePath().normalize();
    }

    static Path base() {
        return Path.of(System.getProperty("watchfloor.it.base", "target/it")).toAbsolutePath().normalize();
    }

    private static boolean onPath(String binary) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, binary))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", binary)) || Files.isExecutable(Path.of("/usr/bin", binary));
    }

    private static Result script(String scriptName, String arg) {
        List<String> cmd = new ArrayList<>(List.of("bash", scripts().resolve(scriptName).toString(), arg));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("IT_BASE", base().toString());
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out after " + START_TIMEOUT.toSeconds() + " s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private record Result(int code, String output) {
    }
}
