package io.watchfloor.connectors;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed reading of a source's string {@link SourceConfig#options() options}. Every malformed value is a
 * configuration error ({@link IllegalArgumentException}) naming the source and the option, raised when
 * the connector is created, not at the first poll. Immutable; safe from any thread.
 */
public final class SourceOptions {
    private static final Logger LOG = LoggerFactory.getLogger(SourceOptions.class);
    private static final Pattern BYTES = Pattern.compile("(\\d+)\\s*(|b|kib|k|mib|m|gib|g)");

    /** Options every HTTP source understands (see {@link SourceHttp}). */
    static final Set<String> HTTP_OPTIONS = Set.of("timeout", "maxBodyBytes");

    private final SourceConfig cfg;

    public SourceOptions(SourceConfig cfg) {
        this.cfg = cfg;
    }

    /** The trimmed value, or {@code fallback} when the option is absent or blank. */
    public String text(String name, String fallback) {
        String v = cfg.option(name, "").trim();
        return v.isEmpty() ? fallback : v;
    }

    /** A positive duration ({@link DurationText} syntax). */
    public Duration duration(String name, Duration fallback) {
        String v = text(name, "");
        if (v.isEmpty()) {
            return fallback;
        }
        Duration d;
        try {
            d = DurationText.parse(v);
        } catch (IllegalArgumentException e) {
            throw invalid(name, e.getMessage());
        }
        if (d.isZero() || d.isNegative()) {
            throw invalid(name, "must be positive, was " + v);
        }
        return d;
    }

    /** A positive byte count: plain bytes or with a binary suffix ({@code 512KiB}, {@code 32MiB}, {@code 1GiB}). */
    public long bytes(String name, long fallback) {
        String v = text(name, "");
        if (v.isEmpty()) {
            return fallback;
        }
        Matcher m = BYTES.matcher(v.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw invalid(name, "'" + v + "' is not a size like 1048576, 512KiB or 32MiB");
        }
        long n;
        try {
            n = Math.multiplyExact(Long.parseLong(m.group(1)), multiplier(m.group(2)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(name, "'" + v + "' is too large");
        }
        if (n <= 0) {
            throw invalid(name, "must be positive, was " + v);
        }
        return n;
    }

    /** A positive int. */
    public int positiveInt(String name, int fallback) {
        String v = text(name, "");
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, "must be a positive whole number, was '" + v + "'");
    }

    /** A comma-separated list with blanks dropped; {@code fallback} is split the same way. */
    public List<String> list(String name, String fallback) {
        List<String> out = new ArrayList<>();
        for (String part : text(name, fallback).split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return List.copyOf(out);
    }

    /** Logs (once, at creation) options this kind of source does not read: usually a typo in the config. */
    public void warnUnknown(Set<String> known) {
        Set<String> unknown = new TreeSet<>(cfg.options().keySet());
        unknown.removeAll(known);
        unknown.removeAll(HTTP_OPTIONS);
        if (!unknown.isEmpty()) {
            LOG.warn("source {}: ignoring unknown option(s) {} for type {}", cfg.id(), unknown, cfg.kind().configName());
        }
    }

    /** A configuration error about {@code option}: "source snow: option pageSize must be ...". */
    public IllegalArgumentException invalid(String option, String why) {
        return new IllegalArgumentException("source " + cfg.id() + ": option " + option + " " + why);
    }

    private static long multiplier(String suffix) {
        switch (suffix) {
            case "k":
            case "kib":
                return 1024L;
            case "m":
            case "mib":
                return 1024L * 1024;
            case "g":
            case "gib":
                return 1024L * 1024 * 1024;
            default:
                return 1L;
        }
    }
}
