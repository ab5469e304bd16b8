package io.watchfloor.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The scale population of alerts: a fixed number of slots, each holding exactly one firing alert at every
 * instant. With churn, slot {@code i} replaces its alert every {@code period = slots / churn} seconds, at
 * phase {@code i x period / slots}, so replacements are spread evenly ({@code churn} per second) and the
 * count never changes. Each alert (slot, generation) is drawn from its own seeded generator: a service of
 * the estate, an everyday rule (sometimes a critical one) and a pod of that service as its {@code instance}.
 * Pod names end in a suffix unique to the slot, so no two slots ever share a label set (fingerprint).
 *
 * <p>A pure function of (seed, t0, t): nothing is stored, so a long run at high churn costs no memory.
 * Without churn the episodes never change, so they are drawn once, on the first read, and kept (one per
 * slot; an alerts read asked for all of them again on every request). Immutable apart from that memo;
 * thread-safe.
 */
public final class AlertPopulation {
    /** Kubernetes' pod-name alphabet (no vowels, no ambiguous digits). */
    private static final String POD_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final int SUFFIX_LENGTH = 5;
    /** 27^5: pod suffixes available; more than {@code SimulatorScale.MAX_ALERTS}. */
    private static final long SUFFIXES = 14_348_907L;
    /** Coprime to 27^5 (not a multiple of 3): slot -> suffix is a bijection. */
    private static final long SUFFIX_STRIDE = 7_368_787L;
    private static final double CRITICAL_SHARE = 0.02;
    private static final Duration LONGEST_AGE = Duration.ofHours(48);

    private final long seed;
    private final Instant t0;
    private final List<ServiceProfile> services;
    private final int slots;
    private final long periodMillis;
    /** Without churn: every slot's episode, drawn on the first read. */
    private volatile List<AlertEpisode> standing;

    /**
     * @param seed           the scenario seed
     * @param t0             the simulated start
     * @param estate         the services alerts are about
     * @param slots          alerts firing at every instant (0 for none)
     * @param churnPerSecond replacements per second (0: the same alerts throughout)
     */
    public AlertPopulation(long seed, Instant t0, EstateCatalog estate, int slots, double churnPerSecond) {
        if (slots < 0 || churnPerSecond < 0 || (churnPerSecond > 0 && slots == 0)) {
            throw new IllegalArgumentException("slots " + slots + ", churn " + churnPerSecond);
        }
        this.seed = seed;
        this.t0 = t0;
        this.services = estate.profiles();
        this.slots = slots;
        this.periodMillis = churnPerSecond == 0 ? 0 : Math.max(1, Math.round(slots * 1000.0 / churnPerSecond));
    }

    /** How many alerts fire at every instant. */
    public int size() {
        return slots;
    }

    /** The population's episodes firing at {@code t} (never before t0), one per slot, in slot order. */
    public List<AlertEpisode> firingAt(Instant t) {
        if (periodMillis == 0) {
            List<AlertEpisode> drawn = standing;
            if (drawn == null) {
                List<AlertEpisode> all = new ArrayList<>(slots);
                for (int i = 0; i < slots; i++) {
                    all.add(standing(i));
                }
                drawn = List.copyOf(all);
                standing = drawn;
            }
            return new ArrayList<>(drawn);
        }
        List<AlertEpisode> out = new ArrayList<>(slots);
        long elapsed = Math.max(0, Duration.between(t0, t).toMillis());
        for (int i = 0; i < slots; i++) {
            out.add(churning(i, elapsed));
        }
        return out;
    }

    private AlertEpisode churning(int slot, long elapsedMillis) {
        long phase = periodMillis * slot / slots;
        long generation = Math.floorDiv(elapsedMillis + phase, periodMillis);
        Instant start = t0.plusMillis(generation * periodMillis - phase);
        return episode(slot, generation, start, Optional.of(start.plusMillis(periodMillis)));
    }

    private AlertEpisode standing(int slot) {
        SplittableRandom age = new SplittableRandom(mix(slot, -1));
        long ageSeconds = 60 + age.nextLong(LONGEST_AGE.toSeconds());
        return episode(slot, 0, t0.minusSeconds(ageSeconds), Optional.empty());
    }

    private AlertEpisode episode(int slot, long generation, Instant start, Optional<Instant> end) {
        SplittableRandom r = new SplittableRandom(mix(slot, generation));
        ServiceProfile service = Draw.pick(r, services);
        NoiseKind kind = Draw.chance(r, CRITICAL_SHARE) ? Draw.pick(r, NoiseKind.CRITICAL) : Draw.pick(r, NoiseKind.ALL);
        String pod = service.name() + "-" + podChars(r, 10) + "-" + suffix(slot);
        String instance = pod + "." + service.region() + ".shop.internal:8080";
        return new AlertEpisode(service.name(), kind.alertname(), kind.severity(), false, start, end,
                kind.summary(), kind.description() + " Pod " + pod + ".", kind.expr(service.name()),
                Optional.of(instance));
    }

    private long mix(int slot, long generation) {
        long h = seed ^ 0x504F50554C41L;
        h = h * 0x9E3779B97F4A7C15L + slot;
        h = h * 0x9E3779B97F4A7C15L + generation;
        return h ^ (h >>> 29);
    }

    /** Random pod-name characters: the replica set's hash, new with every generation (a new rollout). */
    private static String podChars(SplittableRandom r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(POD_ALPHABET.charAt(r.nextInt(POD_ALPHABET.length())));
        }
        return s.toString();
    }

    /** The slot's own pod suffix: distinct slots never share one. */
    private String suffix(int slot) {
        long code = Math.floorMod(slot * SUFFIX_STRIDE + seed, SUFFIXES);
        char[] out = new char[SUFFIX_LENGTH];
        for (int i = SUFFIX_LENGTH - 1; i >= 0; i--) {
            out[i] = POD_ALPHABET.charAt((int) (code % POD_ALPHABET.length()));
            code /= POD_ALPHABET.length();
        }
        return new String(out);
    }
}
