package io.watchfloor.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alert-to-board and clear-from-board latencies (ms) of the pipeline test: percentiles by nearest
 * rank, written to {@code it-tests/target/it/latency.md} on every run, and into the section
 * "Alert-to-board latency, real servers" of {@code docs/benchmarks.md} when the build runs with
 * {@code -Dwatchfloor.it.updateBenchmarks=true} (a normal build leaves tracked files alone).
 */
final class LatencyReport {
    static final String SECTION = "## Alert-to-board latency, real servers";
    static final String COMMAND = "it/install.sh am prom blackbox && mvn -B -o -pl it-tests test"
            + " -Dwatchfloor.it.updateBenchmarks=true   # siblings installed in ~/.m2";
    private static final Logger LOG = LoggerFactory.getLogger(LatencyReport.class);

    private final List<Long> toBoard;
    private final List<Long> toClear;

    LatencyReport(List<Long> toBoard, List<Long> toClear) {
        this.toBoard = List.copyOf(toBoard);
        this.toClear = List.copyOf(toClear);
    }

    long p50(List<Long> ms) {
        return percentile(ms, 50);
    }

    long p95(List<Long> ms) {
        return percentile(ms, 95);
    }

    static long percentile(List<Long> ms, int p) {
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    String markdown() {
        return SECTION + "\n\n"
                + "Measured " + LocalDate.now(ZoneOffset.UTC) + " on this build machine (2 cores), " + toBoard.size()
                + " trials after one uncounted warm-up trial, against real servers started by `it/start.sh prom`: a python HTTP target probed by the\n"
                + "blackbox exporter 0.23, Prometheus 2.42 scraping and evaluating every 1 s (rule `probe_success == 0`,\n"
                + "no `for`, resend delay 1 s), Alertmanager 0.25, Watchfloor reading Alertmanager every 200 ms through\n"
                + "the engine. Clock starts when the test stops (or restarts) the target and stops when the engine's\n"
                + "published board shows the alert firing (or no longer firing).\n\n"
                + "| | p50 | p95 | min | max |\n|---|---|---|---|---|\n"
                + row("target stopped -> alert on the board", toBoard)
                + row("target restored -> alert gone from the board", toClear)
                + "\nRaw (ms): to board " + toBoard + "; cleared " + toClear + "\n\n"
                + "Produced by:\n\n    " + COMMAND + "\n";
    }

    private String row(String what, List<Long> ms) {
        return "| " + what + " | " + p50(ms) + " ms | " + p95(ms) + " ms | " + Collections.min(ms) + " ms | "
                + Collections.max(ms) + " ms |\n";
    }

    void write() throws IOException {
        String md = markdown();
        LOG.info("alert-to-board latency:\n{}", md);
        Files.createDirectories(RealServer.base());
        Files.writeString(RealServer.base().resolve("latency.md"), md);
        if (Boolean.getBoolean("watchfloor.it.updateBenchmarks")) {
            Path doc = Path.of(System.getProperty("watchfloor.root", "..")).resolve("docs/benchmarks.md").normalize();
            String text = Files.exists(doc) ? Files.readString(doc) : "# Benchmarks\n";
            Files.writeString(doc, replaceSection(text, md));
            LOG.info("updated {}", doc);
        }
    }

    /** {@code doc} with the section replaced (up to the next "## " heading), or appended. */
    static String replaceSection(String doc, String section) {
        int start = doc.indexOf(SECTION);
        if (start < 0) {
            return doc.stripTrailing() + "\n\n" + section;
        }
        int next = doc.indexOf("\n## ", start + SECTION.length());
        String tail = next < 0 ? "" : doc.substring(next + 1);
        return doc.substring(0, start) + section + (tail.isEmpty() ? "" : "\n" + tail);
    }
}
