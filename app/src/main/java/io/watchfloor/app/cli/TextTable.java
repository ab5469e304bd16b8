package io.watchfloor.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A plain left-aligned text table for terminal output. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        columns = header.length;
        rows.add(header);
    }

    void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(cells);
    }

    String render() {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                sb.append(i == columns - 1 ? r[i] : String.format("%-" + width[i] + "s  ", r[i]));
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /** "3m12s" since {@code since}. */
    static String age(Instant since, Instant now) {
        return compact(Duration.between(since, now).abs());
    }

    /** "-1h02m" for negative durations (a breached clock), "1h02m" otherwise. */
    static String signed(Duration d) {
        return (d.isNegative() ? "-" : "") + compact(d.abs());
    }

    static String compact(Duration d) {
        long s = d.toSeconds();
        if (s >= 86_400) {
            return s / 86_400 + "d" + String.format("%02dh", (s % 86_400) / 3600);
        }
        if (s >= 3600) {
            return s / 3600 + "h" + String.format("%02dm", (s % 3600) / 60);
        }
        if (s >= 60) {
            return s / 60 + "m" + String.format("%02ds", s % 60);
        }
        return s + "s";
    }
}
