package io.watchfloor.bench.fork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark probe in a JVM of its own: the same {@code java} and class path as the suite, the given JVM
 * options and main class. Output (stdout and stderr) goes to a log file; the probe reports by printing lines
 * that start with {@link #RESULT} followed by one JSON object. Used from the suite's main thread only.
 */
public final class ForkedJvm {
    /** The prefix of a result line on a probe's stdout. */
    public static final String RESULT = "WF-BENCH-RESULT ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private long launchedAtMillis;

    /**
     * @param jvmArgs   JVM options, e.g. the headless JavaFX properties
     * @param mainClass the probe's main class
     * @param args      the probe's arguments
     * @param log       where its output goes (created, replaced)
     */
    public ForkedJvm(List<String> jvmArgs, String mainClass, List<String> args, Path log) {
        this(jvmArgs, Map.of(), mainClass, args, log);
    }

    /**
     * @param environment variables set for the JVM on top of the suite's own (e.g. the launcher's
     *                    {@link LauncherOptions#environment}), replacing any of the same name
     */
    public ForkedJvm(List<String> jvmArgs, Map<String, String> environment, String mainClass, List<String> args,
                     Path log) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Objects.requireNonNull(mainClass, "mainClass"));
        cmd.addAll(args);
        this.command = List.copyOf(cmd);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** Starts the JVM; remembers the wall-clock instant just before the launch. */
    public ForkedJvm start() throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(environment);
        launchedAtMillis = System.currentTimeMillis();
        process = pb.start();
        return this;
    }

    /** Epoch milliseconds just before the process was launched. */
    public long launchedAtMillis() {
        return launchedAtMillis;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /**
     * Waits for the JVM to exit and returns its result lines.
     *
     * @throws IOException when it runs past {@code timeout} (it is killed), exits non-zero or reports nothing
     */
    public List<JsonNode> await(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IOException("probe ran past " + timeout + "; killed (log: " + log + ")");
        }
        List<JsonNode> results = results();
        if (process.exitValue() != 0 || results.isEmpty()) {
            throw new IOException("probe exited with " + process.exitValue() + " and " + results.size()
                    + " result(s) (log: " + log + ")");
        }
        return results;
    }

    /** The result lines printed so far. */
    public List<JsonNode> results() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(log)) {
            return out;
        }
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith(RESULT)) {
                out.add(JSON.readTree(line.substring(RESULT.length())));
            }
        }
        return out;
    }

    public Path log() {
        return log;
    }

    /** Kills the JVM if it still runs. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
