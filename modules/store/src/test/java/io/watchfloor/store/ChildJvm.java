package io.watchfloor.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link StoreChild} in its own JVM, on the test classpath; its output lines are read with bounded waits. */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::pump, "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new ChildJvm(p);
    }

    /** The next line the child printed; fails after {@code timeout}, or when the child ended without one. */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("the child printed nothing for " + timeout);
        }
        if (line.equals(EOF)) {
            lines.add(EOF);
            throw new AssertionError("the child ended (exit " + exitValueOrAlive() + ")");
        }
        return line;
    }

    /** Every line printed before the child's output closed (call after it ended). */
    List<String> remainingLines(Duration timeout) throws InterruptedException {
        List<String> out = new ArrayList<>();
        while (true) {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("the child's output did not close within " + timeout);
            }
            if (line.equals(EOF)) {
                lines.add(EOF);
                return out;
            }
            out.add(line);
        }
    }

    void send(String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** SIGKILL {@code delay} after now (the moment is the test's input, not a wait for something), unless it ended. */
    void killAfter(Duration delay) throws InterruptedException {
        if (!process.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    /** SIGKILL, then wait (bounded) until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child survived SIGKILL for 30 s");
        }
    }

    int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child did not exit within " + timeout);
        }
        return process.exitValue();
    }

    private String exitValueOrAlive() {
        return process.isAlive() ? "still alive" : Integer.toString(process.exitValue());
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            // Only whole lines count: a line cut by SIGKILL has no newline and is dropped.
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
            // the child was killed mid-line; what it printed before stays in the queue
        } finally {
            lines.add(EOF);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
