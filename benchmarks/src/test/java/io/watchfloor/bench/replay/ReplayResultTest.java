package io.watchfloor.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.simulator.LedgerEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayResultTest {
    private static LedgerEntry write(String method, String path) {
        return new LedgerEntry(Instant.EPOCH, method, path, "", "");
    }

    @Test
    void writesAreCountedByMethodAndPathWithTheIdLeftOut() {
        Map<String, Integer> kinds = ReplayResult.byKind(List.of(write("POST", "/api/v2/silences"),
                write("POST", "/api/v2/silences"), write("PATCH", "/api/now/table/incident/6c329f8747dd0449"),
                write("PATCH", "/api/now/table/incident/a1b2"), write("DELETE", "/api/v2/silence/5081c451-cbf6")));

        assertThat(kinds).containsExactly(Map.entry("DELETE /api/v2/silence/{id}", 1),
                Map.entry("PATCH /api/now/table/incident/{id}", 2), Map.entry("POST /api/v2/silences", 2));
    }

    @Test
    void writesPerActionAndFinishedFollowFromTheCounts() {
        ReplayResult done = new ReplayResult(4, 1.5, 3, 1, 0, 6, Map.of(), "");
        ReplayResult cut = new ReplayResult(4, 60, 2, 0, 2, 2, Map.of(), "");

        assertThat(done.writesPerAction()).isEqualTo(1.5);
        assertThat(done.finished()).isTrue();
        assertThat(cut.finished()).isFalse();
    }
}
