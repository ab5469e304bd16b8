package io.watchfloor.app.console;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.SourceHealth;
import java.time.Instant;
import java.util.Locale;

/**
 * One source as the console's header shows it: id, freshness and the age of its data. Immutable.
 *
 * @param id        the source id
 * @param freshness how current its data is
 * @param text      {@code am LIVE 2s}, {@code snow STALE 4m12s}
 * @param detail    kind, endpoint and last error, for the tooltip
 */
record SourceLine(String id, Freshness freshness, String text, String detail) {
    static SourceLine of(SourceHealth h, Instant now) {
        Freshness f = h.freshness(now);
        String age = h.age(now).map(DurationFormat::age).orElse("no data");
        String detail = h.kind().configName() + " \u00b7 " + h.endpoint()
                + h.lastError().map(e -> " \u00b7 last error: " + e).orElse("");
        // a live source reads "am 2s" (its icon says live); any other state is spelled out: "snow STALE 4m12s"
        String text = h.id().value() + (f == Freshness.LIVE ? "" : " " + f.name()) + " " + age;
        return new SourceLine(h.id().value(), f, text, f.name() + " \u00b7 " + detail);
    }

    /** The style class suffix the theme colours: {@code live}, {@code stale}, ... */
    String styleSuffix() {
        return freshness.name().toLowerCase(Locale.ROOT);
    }
}
