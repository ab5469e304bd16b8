package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.core.Freshness;
import io.watchfloor.core.SourceHealth;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Composes the banner that says which sources are not current and why. Pure; any thread.
 *
 * <p>Only the worst source is spelled out ("servicenow 'snow' STALE · no data since 14:02 (4m12s) · down since
 * 14:03 · connection refused"); further ones are counted ("+1 more source not current"), the freshness tile lists them all.
 */
final class SourceBanner {
    /** Least fresh first: OFFLINE, STALE, PENDING, DELAYED, LIVE. */
    static final Comparator<Freshness> WORST_FIRST = Comparator.comparingInt(SourceBanner::rank);
    private static final Duration SAME_DAY = Duration.ofHours(20);

    private final DateTimeFormatter time;
    private final DateTimeFormatter dayAndTime;

    /** @param zone the zone the wall shows times in */
    SourceBanner(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone);
        this.dayAndTime = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(zone);
    }

    /** The banner's text and the freshness of the worst source. */
    record Line(String text, Freshness freshness) {
    }

    /** The banner for these sources at {@code now}; empty when every source is current. */
    Optional<Line> compose(List<SourceHealth> sources, Instant now) {
        List<SourceHealth> notCurrent = sources.stream()
                .filter(h -> !h.freshness(now).current())
                .sorted(Comparator.comparing((SourceHealth h) -> h.freshness(now), WORST_FIRST)
                        .thenComparing(SourceHealth::id))
                .toList();
        if (notCurrent.isEmpty()) {
            return Optional.empty();
        }
        SourceHealth worst = notCurrent.get(0);
        StringBuilder text = new StringBuilder(describe(worst, now));
        int more = notCurrent.size() - 1;
        if (more > 0) {
            text.append("  \u00b7  +").append(more).append(more == 1 ? " more source" : " more sources")
                    .append(" not current");
        }
        return Optional.of(new Line(text.toString(), worst.freshness(now)));
    }

    private String describe(SourceHealth h, Instant now) {
        Freshness f = h.freshness(now);
        StringBuilder text = new StringBuilder()
                .append(h.kind().configName()).append(" '").append(h.id().value()).append("' ").append(f.name());
        if (h.lastSuccess().isPresent()) {
            Instant last = h.lastSuccess().get();
            Duration age = h.age(now).orElse(Duration.ZERO);
            text.append(" \u00b7 no data since ").append((age.compareTo(SAME_DAY) < 0 ? time : dayAndTime).format(last))
                    .append(" (").append(DurationFormat.age(age)).append(")");
        } else if (f == Freshness.PENDING) {
            text.append(" \u00b7 waiting for its first read");
        } else {
            text.append(" \u00b7 no data since start");
        }
        h.failingSince().ifPresent(down -> text.append(" \u00b7 down since ")
                .append((Duration.between(down, now).compareTo(SAME_DAY) < 0 ? time : dayAndTime).format(down)));
        h.lastError().ifPresent(e -> text.append(" \u00b7 ").append(e));
        return text.toString();
    }

    private static int rank(Freshness f) {
        return switch (f) {
            case OFFLINE -> 0;
            case STALE -> 1;
            case PENDING -> 2;
            case DELAYED -> 3;
            case LIVE -> 4;
        };
    }
}
