package io.watchfloor.simulator.alertmanager;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The silences received through the API, with Alertmanager's create, update-in-place and expire rules
 * ({@code silence/silence.go}). Ids are derived from the seed and a counter, so runs are repeatable.
 * Not thread-safe: guarded by the simulator lock.
 */
final class SilenceStore {
    /** A rejected write: the HTTP status and Alertmanager's message. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Rejected(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final long seed;
    /** In creation order; a silence keeps its position when it is updated in place or expired. */
    private final List<Silence> silences = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final SilenceIndex index = new SilenceIndex();
    private int created;

    SilenceStore(long seed) {
        this.seed = seed;
    }

    /** Creates a silence, or updates the one named by {@code id}; returns the id in effect. */
    String post(Optional<String> id, List<LabelMatcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
                String comment, Instant now) throws Rejected {
        if (id.isPresent() && !id.get().isEmpty()) {
            Silence old = find(id.get()).orElseThrow(() -> new Rejected(404, "silence not found"));
            if (canUpdate(old, matchers, startsAt, endsAt, now)) {
                replace(old.withTimes(startsAt, endsAt, now, comment));
                return old.id();
            }
            if (!old.state(now).equals("expired")) {
                expire(old, now);
            }
        }
        Instant start = startsAt.isBefore(now) ? now : startsAt;
        Silence silence = new Silence(nextId(), matchers, start, endsAt, now, createdBy, comment);
        positions.put(silence.id(), silences.size());
        index.add(silences.size(), silence.matchers());
        silences.add(silence);
        return silence.id();
    }

    /** Expires a silence now (DELETE); an expired one is an error as in Alertmanager. */
    void expire(String id, Instant now) throws Rejected {
        Silence silence = find(id).orElseThrow(() -> new Rejected(404, ""));
        if (silence.state(now).equals("expired")) {
            throw new Rejected(500, "silence " + id + " already expired");
        }
        expire(silence, now);
    }

    Optional<Silence> find(String id) {
        return Optional.ofNullable(positions.get(id)).map(silences::get);
    }

    /** All silences in Alertmanager's order: active by end, pending by start, expired most recent first. */
    List<Silence> all(Instant now) {
        return sorted(new ArrayList<>(silences), now);
    }

    /**
     * The silences that have, for each of {@code filter}, a matcher of the same name, operator and value
     * (Alertmanager's {@code CheckSilenceMatchesFilterLabels}), in the order of {@link #all}.
     */
    List<Silence> having(List<LabelMatcher> filter, Instant now) {
        List<Integer> candidates = index.having(filter);
        if (candidates == null) {
            return all(now);
        }
        List<Silence> out = new ArrayList<>();
        for (int position : candidates) {
            Silence s = silences.get(position);
            if (filter.stream().allMatch(f -> s.matchers().stream().anyMatch(f::sameAs))) {
                out.add(s);
            }
        }
        return sorted(out, now);
    }

    private static List<Silence> sorted(List<Silence> sorted, Instant now) {
        sorted.sort(Comparator.comparingInt((Silence s) -> rank(s.state(now))).thenComparing((a, b) -> {
            String state = a.state(now);
            if (state.equals("active")) {
                return a.endsAt().compareTo(b.endsAt());
            }
            if (state.equals("pending")) {
                return a.startsAt().compareTo(b.startsAt());
            }
            return b.endsAt().compareTo(a.endsAt());
        }));
        return sorted;
    }

    /** Ids of the silences active at {@code now} that mute this label set, in creation order. */
    List<String> mutedBy(Map<String, String> labels, Instant now) {
        List<String> out = new ArrayList<>();
        for (int position : index.mayMute(labels)) {
            Silence s = silences.get(position);
            if (s.activeAt(now) && s.mutes(labels)) {
                out.add(s.id());
            }
        }
        return out;
    }

    private static boolean canUpdate(Silence old, List<LabelMatcher> matchers, Instant startsAt, Instant endsAt,
                                     Instant now) {
        if (!old.sameMatchers(matchers)) {
            return false;
        }
        switch (old.state(now)) {
            case "active":
                return startsAt.equals(old.startsAt()) && !endsAt.isBefore(now);
            case "pending":
                return !startsAt.isBefore(now);
            default:
                return false;
        }
    }

    private void expire(Silence silence, Instant now) {
        Instant start = silence.startsAt().isAfter(now) ? now : silence.startsAt();
        replace(silence.withTimes(start, now, now, silence.comment()));
    }

    private void replace(Silence silence) {
        silences.set(positions.get(silence.id()), silence);
    }

    private static int rank(String state) {
        return state.equals("active") ? 1 : state.equals("pending") ? 2 : 3;
    }

    private String nextId() {
        created++;
        return UUID.nameUUIDFromBytes((seed + ":silence:" + created).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
