package io.watchfloor.simulator.alertmanager;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alertmanager's alert fingerprint: 64-bit FNV-1a over the sorted label names and values, each followed
 * by the separator byte 0xff (Prometheus {@code model.LabelSet.Fingerprint}), as 16 lower-case hex digits.
 */
final class Fingerprint {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final int SEPARATOR = 0xff;

    private Fingerprint() {
    }

    static String of(Map<String, String> labels) {
        long hash = OFFSET;
        Map<String, String> sorted = labels instanceof TreeMap<String, String> tree && tree.comparator() == null
                ? tree : new TreeMap<>(labels);
        for (Map.Entry<String, String> label : sorted.entrySet()) {
            hash = add(hash, label.getKey());
            hash = addByte(hash, SEPARATOR);
            hash = add(hash, label.getValue());
            hash = addByte(hash, SEPARATOR);
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static long add(long hash, String text) {
        long h = hash;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = addByte(h, b & 0xff);
        }
        return h;
    }

    private static long addByte(long hash, int b) {
        return (hash ^ b) * PRIME;
    }
}
