package io.watchfloor.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

    @ParameterizedTest
    @CsvSource({"critical,CRITICAL", "PAGE,CRITICAL", "error,MAJOR", "high,MAJOR", "minor,MINOR",
            "warning,WARNING", " warn ,WARNING", "info,INFO", "none,INFO"})
    void readsTheWordsMonitoringSystemsUse(String label, Severity expected) {
        assertThat(Severity.fromLabel(label)).isEqualTo(expected);
    }

    @Test
    void unknownOrMissingSeverityIsShownAsWarningNotBuriedAsInfo() {
        assertThat(Severity.fromLabel("sev-banana")).isEqualTo(Severity.WARNING);
        assertThat(Severity.fromLabel(null)).isEqualTo(Severity.WARNING);
        assertThat(Severity.fromLabel("")).isEqualTo(Severity.WARNING);
    }

    @Test
    void criticalIsAtLeastEverySeverityAndInfoOnlyItself() {
        for (Severity s : Severity.values()) {
            assertThat(Severity.CRITICAL.atLeast(s)).isTrue();
        }
        assertThat(Severity.INFO.atLeast(Severity.WARNING)).isFalse();
    }
}
