package io.watchfloor.connectors.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {

    /** What the general parser makes of {@code text}: the reference the fast path must agree with. */
    private static Optional<Instant> general(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.trim()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Test
    void readsTheFormsAlertmanagerSends() {
        assertThat(Rfc3339.parse("2026-08-20T10:00:00.000Z")).contains(Instant.parse("2026-08-20T10:00:00Z"));
        assertThat(Rfc3339.parse("2026-08-20T10:05:30.123456789Z")).contains(Instant.parse("2026-08-20T10:05:30.123456789Z"));
        assertThat(Rfc3339.parse("2026-08-20T09:41:12.345+02:00")).contains(Instant.parse("2026-08-20T07:41:12.345Z"));
        assertThat(Rfc3339.parse("2026-12-31T23:30:00-01:30")).contains(Instant.parse("2027-01-01T01:00:00Z"));
        assertThat(Rfc3339.parse("0001-01-01T00:00:00Z")).contains(Instant.parse("0001-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "yesterday", "2026-08-20", "2026-08-20T10:00:00", "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z",
        "2026-08-20T24:00:00Z", "2026-08-20T10:60:00Z", "2026-08-20T10:00:60Z", "2026-08-20T10:00:00.Z",
        "2026-08-20T10:00:00.1234567890Z", "2026-08-20T10:00:00+19:00", "2026-08-20T10:00:00+18:01",
        "2026-08-20T10:00:00+0200", "2026-08-20 10:00:00Z", "2026-08-2OT10:00:00Z", "+2026-08-20T10:00:00Z",
        "2026-08-20T10:00:00ZZ", "2026-08-20T10:00:00.000Z ", " 2026-08-20T10:00:00Z", "2026-08-20t10:00:00z",
        "2026-08-20T10:00:00+02:00:30", "2024-02-29T00:00:00Z", "2025-02-29T00:00:00Z", "2026-08-20T10:00:00-00:00",
        "12026-08-20T10:00:00Z", "2026-08-20T10:00:00.5+18:00"})
    void agreesWithTheGeneralParserOnOddInput(String text) {
        assertThat(Rfc3339.parse(text)).isEqualTo(general(text));
    }

    @Test
    void nullIsNoTime() {
        assertThat(Rfc3339.parse(null)).isEmpty();
    }

    @Test
    void agreesWithTheGeneralParserOnManyGeneratedTimestamps() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62)));
            int fraction = random.nextInt(11);
            if (fraction > 0) {
                b.append('.');
                for (int k = 1; k < fraction; k++) {
                    b.append(random.nextInt(10));
                }
            }
            b.append(random.nextBoolean() ? "Z" : String.format("%s%02d:%02d", random.nextBoolean() ? "+" : "-",
                    random.nextInt(20), random.nextInt(61)));
            texts.add(b.toString());
        }
        int readable = 0;
        for (String t : texts) {
            Optional<Instant> expected = general(t);
            assertThat(Rfc3339.parse(t)).as(t).isEqualTo(expected);
            readable += expected.isPresent() ? 1 : 0;
        }
        assertThat(readable).as("the generator also makes valid timestamps").isGreaterThan(400);
    }
}
