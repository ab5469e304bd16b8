package io.watchfloor.bench.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads a process's memory figures from Linux's {@code /proc/<pid>/status}. Stateless. */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** {@code VmRSS} in bytes: the resident set size now; empty when the process is gone or not on Linux. */
    public static OptionalLong rssBytes(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    /** {@code VmHWM} in bytes: the peak resident set size so far. */
    public static OptionalLong peakRssBytes(long pid) {
        return field(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
    }

    static OptionalLong field(Path status, String name) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
