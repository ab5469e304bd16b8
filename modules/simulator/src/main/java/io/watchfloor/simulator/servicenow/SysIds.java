package io.watchfloor.simulator.servicenow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stable 32-hex sys_ids: the MD5 of a table-qualified key, so the same key always gets the same id. */
final class SysIds {
    private SysIds() {
    }

    /** Ids computed so far; keys are bounded by the records of the simulated instance. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    static String of(String table, String key) {
        return CACHE.computeIfAbsent(table + ":" + key, SysIds::md5);
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JDK", e);
        }
    }
}
