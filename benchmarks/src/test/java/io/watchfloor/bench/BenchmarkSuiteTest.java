package io.watchfloor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.bench.report.Figure;
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
        assertThatThrownBy(() -> BenchmarkSuite.parse(new String[] {"--root", root.resolve("nowhere").toString()}))
                .hasMessageContaining("no docs/");
    }

    @Test
    void everyRowOfTheIssueHasItsPlaceAndThePendingOnesAreNotMeasured() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        PendingFigures.all().forEach(f -> figures.put(f.id(), f));

        List<Figure> table = BenchmarkSuite.ordered(figures);

        assertThat(table).extracting(Figure::id).containsExactly("cold-start-cache", "memory-cached-incidents",
                "outbox-append-p99", "outbox-replay");
        assertThat(table).allMatch(f -> f.value().isEmpty() && f.note().contains("issue 4"));
        assertThat(BenchmarkSuite.ORDER).hasSize(14).doesNotHaveDuplicates();
    }
}
