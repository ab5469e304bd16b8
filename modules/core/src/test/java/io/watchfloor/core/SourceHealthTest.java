package io.watchfloor.core;

import static io.watchfloor.core.Fixtures.AM;
import static io.watchfloor.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceHealthTest {
    private final SourceHealth pending = Fixtures.health(AM, SourceKind.ALERTMANAGER); // 2 s interval

    @Test
    void neverReadIsPendingAndNeverReadButFailingIsOffline() {
        assertThat(pending.freshness(T0)).isEqualTo(Freshness.PENDING);
        assertThat(pending.failed(T0, "connection refused").freshness(T0)).isEqualTo(Freshness.OFFLINE);
    }

    @Test
    void freshnessDecaysWithAgeSoStaleDataNeverLooksLive() {
        SourceHealth ok = pending.succeeded(T0);
        assertThat(ok.freshness(T0.plusSeconds(4))).isEqualTo(Freshness.LIVE);
        assertThat(ok.freshness(T0.plusSeconds(5))).isEqualTo(Freshness.DELAYED);
        assertThat(ok.freshness(T0.plusSeconds(10))).isEqualTo(Freshness.DELAYED);
        assertThat(ok.freshness(T0.plusSeconds(11))).isEqualTo(Freshness.STALE);
    }

    @Test
    void aFailedReadAfterSuccessIsDelayedAndKeepsTheReason() {
        SourceHealth h = pending.succeeded(T0).failed(T0.plusSeconds(2), "HTTP 503");
        assertThat(h.freshness(T0.plusSeconds(2))).isEqualTo(Freshness.DELAYED);
        assertThat(h.lastError()).contains("HTTP 503");
        assertThat(h.consecutiveFailures()).isEqualTo(1);
        assertThat(h.succeeded(T0.plusSeconds(4)).freshness(T0.plusSeconds(4))).isEqualTo(Freshness.LIVE);
    }

    @Test
    void downSinceIsTheFirstFailureOfTheCurrentStreakAndClearsOnSuccess() {
        SourceHealth down = pending.succeeded(T0).failed(T0.plusSeconds(2), "refused").failed(T0.plusSeconds(4), "refused")
                .failed(T0.plusSeconds(6), "timeout");
        assertThat(down.failingSince()).contains(T0.plusSeconds(2));
        assertThat(down.lastFailure()).contains(T0.plusSeconds(6));
        SourceHealth back = down.succeeded(T0.plusSeconds(8));
        assertThat(back.failingSince()).isEmpty();
        assertThat(back.failed(T0.plusSeconds(10), "refused").failingSince()).contains(T0.plusSeconds(10));
    }
}
