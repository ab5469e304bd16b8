package io.watchfloor.engine.resilience;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the test classpath in a JVM of its own: its whole output lines are collected as they
 * come (a line cut short by a kill is dropped); {@link #kill()} is SIGKILL. Closing kills it if it still
 * runs.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::pump, "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args}; its stderr goes to {@code log}. */
    static ChildJvm start(Class<?> main, Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ChildJvm(p);
    }

    /** The whole lines printed so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean printed(String line) {
        return lines.contains(line);
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL, and wait (bounded) until it is gone and its output is read. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child survived SIGKILL for 30 s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }

    /** Waits for it to exit by itself; its exit code. */
    int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child did not exit within " + timeout + "; it printed " + lines);
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int ch;
            while ((ch = r.read()) >= 0) {
                if (ch == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    line.append((char) ch);
                }
            }
        } catch (IOException e) {
            // killed mid-line: the whole lines before stay
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
