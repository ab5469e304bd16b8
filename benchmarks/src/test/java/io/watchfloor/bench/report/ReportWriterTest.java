package io.watchfloor.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    private static final String REAL_SERVERS = "## Alert-to-board latency, real servers\n\nMeasured by the it-tests.\n\n"
            + "| | p50 | p95 |\n|---|---|---|\n| target stopped -> alert on the board | 1691 ms | 1794 ms |\n";

    @TempDir
    Path docs;

    private static SuiteRun run(double ingest) {
        List<Figure> figures = List.of(
                Figure.measured("ingest", "a. ingest (alerts/s)", new Measure(ingest, "alerts/s"),
                        new Measure(1_000_000, "alerts/s"), "bare Jackson", Target.atLeastRatio(0.5),
                        Map.of("payload (MB)", 10.9)),
                Figure.measured("snapshot-p99", "b. snapshot (p99)", Measure.ms(1.5), Target.atMost(2, "ms"), Map.of()),
                Figure.notMeasured("outbox-append-p99", "g. outbox append, durable (p99)", Target.atMost(5, "ms"),
                        "needs issue 4"));
        return new SuiteRun(Instant.parse("2026-11-27T03:00:00Z"), Duration.ofSeconds(125), "quick", "benchmarks/run --quick",
                "2 cores", figures, List.of());
    }

    @Test
    void firstWritePutsTheSectionUnderTheTitleAndLeavesTheRealServerSectionAsItWas() throws Exception {
        Files.writeString(docs.resolve("benchmarks.md"), "# Benchmarks\n\n" + REAL_SERVERS);

        ReportWriter.write(docs, run(420_000));

        String md = Files.readString(docs.resolve("benchmarks.md"));
        assertThat(md).startsWith("# Benchmarks\n\n" + ReportWriter.BEGIN);
        assertThat(md.indexOf(ReportWriter.END)).isLessThan(md.indexOf("## Alert-to-board latency, real servers"));
        assertThat(md).endsWith(REAL_SERVERS);
    }

    @Test
    void laterWritesReplaceOnlyTheMarkedSection() throws Exception {
        Files.writeString(docs.resolve("benchmarks.md"), "# Benchmarks\n\n" + REAL_SERVERS);
        ReportWriter.write(docs, run(420_000));

        ReportWriter.write(docs, run(650_000));

        String md = Files.readString(docs.resolve("benchmarks.md"));
        assertThat(md).contains("650,000 alerts/s").doesNotContain("420,000 alerts/s");
        assertThat(md.split(ReportWriter.BEGIN, -1)).hasSize(2);
        assertThat(md).endsWith(REAL_SERVERS);
    }

    @Test
    void theItTestsLatencyReportCanStillReplaceItsSectionAfterOurs() throws Exception {
        Files.writeString(docs.resolve("benchmarks.md"), "# Benchmarks\n\n" + REAL_SERVERS);
        ReportWriter.write(docs, run(420_000));
        String ours = ReportWriter.markdown(run(420_000));

        String after = latencyReportReplace(Files.readString(docs.resolve("benchmarks.md")),
                "## Alert-to-board latency, real servers\n\nMeasured again.\n");

        assertThat(after).contains(ours).contains("Measured again.").doesNotContain("Measured by the it-tests.");
    }

    @Test
    void aDocumentWithoutTitleOrMarkersGetsTheSectionFirst() {
        assertThat(ReportWriter.replaceSection("some notes\n", "SECTION\n")).isEqualTo("SECTION\n\nsome notes\n");
        assertThat(ReportWriter.replaceSection("# Benchmarks\n", "SECTION\n")).isEqualTo("# Benchmarks\n\nSECTION\n");
    }

    @Test
    void theTableShowsRatiosVerdictsAndNotMeasuredFigures() {
        String md = ReportWriter.markdown(run(420_000));

        assertThat(md).contains("| a. ingest (alerts/s) | 420,000 alerts/s | 1,000,000 alerts/s (bare Jackson) | 0.42 × "
                + "| ≥ 50 % of the baseline | **MISS** |");
        assertThat(md).contains("| b. snapshot (p99) | 1.5 ms | — | — | ≤ 2 ms | PASS |");
        assertThat(md).contains("| g. outbox append, durable (p99) | not measured in this run | — | — | ≤ 5 ms | not measured |");
        assertThat(md).contains("needs issue 4").contains("(payload (MB) 10.9)").contains("2 min 5 s");
    }

    @Test
    void jsonCarriesEveryFigureWithBaselineRatioTargetAndVerdict() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.json(run(650_000)));

        assertThat(json.get("mode").asText()).isEqualTo("quick");
        JsonNode ingest = json.get("figures").get(0);
        assertThat(ingest.get("value").get("value").asDouble()).isEqualTo(650_000);
        assertThat(ingest.get("baseline").get("label").asText()).isEqualTo("bare Jackson");
        assertThat(ingest.get("ratio").asDouble()).isEqualTo(0.65);
        assertThat(ingest.get("target").get("kind").asText()).isEqualTo("AT_LEAST_RATIO");
        assertThat(ingest.get("verdict").asText()).isEqualTo("PASS");
        assertThat(ingest.get("details").get("payload (MB)").asDouble()).isEqualTo(10.9);
        JsonNode pending = json.get("figures").get(2);
        assertThat(pending.get("value").isNull()).isTrue();
        assertThat(pending.get("verdict").asText()).isEqualTo("NOT_MEASURED");
    }

    /** What it-tests' LatencyReport.replaceSection does: its heading up to the next "## " heading. */
    private static String latencyReportReplace(String doc, String section) {
        String heading = "## Alert-to-board latency, real servers";
        int start = doc.indexOf(heading);
        int next = doc.indexOf("\n## ", start + heading.length());
        String tail = next < 0 ? "" : doc.substring(next + 1);
        return doc.substring(0, start) + section + (tail.isEmpty() ? "" : "\n" + tail);
    }
}
