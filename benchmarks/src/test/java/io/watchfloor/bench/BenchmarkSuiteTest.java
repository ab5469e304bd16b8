package io.watchfloor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.bench.report.Figure;
import io.watchfloor.bench.report.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSuiteTest {
    @TempDir
    Path root;

    @Test
    void optionsBecomeSettings() throws Exception {
        Files.createDirectories(root.resolve("docs"));

        SuiteSettings full = BenchmarkSuite.parse(new String[] {"--root", root.toString()});
        SuiteSettings quick = BenchmarkSuite.parse(new String[] {"--root", root.toString(), "--quick",
                "--memory-duration", "10m", "--only", "fx,memory"});

        assertThat(full.quick()).isFalse();
        assertThat(full.memoryDuration()).isEqualTo(Duration.ofSeconds(150));
        assertThat(full.write()).isTrue();
        assertThat(full.headlessArgs()).contains("-Dglass.platform=Monocle", "-Dprism.order=sw");
        assertThat(full.replayActions()).isEqualTo(10_000);
        assertThat(quick.replayActions()).isEqualTo(200);
        assertThat(BenchmarkSuite.parse(new String[] {"--root", root.toString(), "--replay-actions", "1,000"})
                .replayActions()).isEqualTo(1_000);
        assertThat(quick.memoryDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(quick.runs("fx")).isTrue();
        assertThat(quick.runs("ingest")).isFalse();
        assertThat(quick.write()).as("--only never writes a partial table into docs/").isFalse();
    }

    @Test
    void theReportShowsTheOptionsTheUserGaveNotTheRootTheScriptAdds() {
        assertThat(BenchmarkSuite.shownArgs(new String[] {"--root", "/work/x", "--quick", "--profile-misses"}))
                .isEqualTo("--quick --profile-misses");
    }

    @Test
    void badOptionsAreRefused() throws Exception {
        Files.createDirectories(root.resolve("docs"));
        assertThatThrownBy(() -> BenchmarkSuite.parse(new String[] {"--root", root.toString(), "--fast"}))
                .hasMessageContaining("unknown option --fast");
        assertThatThrownBy(() -> BenchmarkSuite.parse(new String[] {"--root", root.toString(), "--only", "gpu"}))
                .hasMessageContaining("--only takes");
        assertThatThrownBy(() -> BenchmarkSuite.parse(new String[] {"--root", root.toString(), "--replay-actions", "1"}))
                .hasMessageContaining("--replay-actions takes a whole number of at least 2, got 1");
        assertThatThrownBy(() -> BenchmarkSuite.parse(new String[] {"--root", root.resolve("nowhere").toString()}))
                .hasMessageContaining("no docs/");
    }

    @Test
    void everyRowOfTheIssueHasItsPlaceAndAFigureOutsideTheTableComesLast() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String id : List.of("failed-outbox", OutboxCase.REPLAY, ColdStartCase.CACHE, MemoryCase.CACHED,
                OutboxCase.APPEND)) {
            figures.put(id, Figure.notMeasured(id, id, Target.atMost(1, "ms"), "test"));
        }

        List<Figure> table = BenchmarkSuite.ordered(figures);

        assertThat(table).extracting(Figure::id).containsExactly(ColdStartCase.CACHE, MemoryCase.CACHED,
                OutboxCase.APPEND, OutboxCase.REPLAY, "failed-outbox");
        assertThat(BenchmarkSuite.ORDER).hasSize(15).doesNotHaveDuplicates();
    }

    @Test
    void everyCaseCanBeChosenWithOnly() throws Exception {
        Files.createDirectories(root.resolve("docs"));

        SuiteSettings outbox = BenchmarkSuite.parse(new String[] {"--root", root.toString(), "--only", "outbox,coldstart"});

        assertThat(BenchmarkSuite.cases()).extracting(BenchmarkCase::id)
                .containsExactly("ingest", "snapshot", "fx", "coldstart", "memory", "outbox", "latency");
        assertThat(outbox.runs("outbox")).isTrue();
        assertThat(outbox.runs("memory")).isFalse();
    }
}
