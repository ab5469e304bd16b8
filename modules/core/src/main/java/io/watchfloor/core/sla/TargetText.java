package io.watchfloor.core.sla;

import java.time.Duration;

/** Short target text for clock names, as desks write it: "15m", "4h", "1h30m", "3d". */
final class TargetText {
    private TargetText() {
    }

    static String of(Duration d) {
        long seconds = d.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long secs = seconds % 60;
        StringBuilder b = new StringBuilder();
        if (days > 0) {
            b.append(days).append('d');
        }
        if (hours > 0) {
            b.append(hours).append('h');
        }
        if (minutes > 0) {
            b.append(minutes).append('m');
        }
        if (secs > 0 || b.length() == 0) {
            b.append(secs).append('s');
        }
        return b.toString();
    }
}
