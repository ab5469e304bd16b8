package io.watchfloor.app.wall;

import io.watchfloor.app.wall.config.PageSpec;
import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ServiceView;
import io.watchfloor.core.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Thread-confined (the FX Application Thread once a view binds to it; the test thread in unit tests). Which page
 * of one screen shows, and why: the rotation from page to page after each page's dwell, and its interruption by a
 * critical alert that nobody has acknowledged. Read-only JavaFX properties, no {@code Node}s; time comes from
 * the injected {@link Clock} ({@link #update}) and from {@link #tick}.
 *
 * <p>The rules. A firing critical alert that is neither acknowledged nor silenced ({@link Alert#needsAttention()})
 * <em>holds</em> the rotation on a page that shows it (one whose filter includes the alert's service and that
 * has an alerts or services tile): the current page if it does, else the first such page. The hold lasts until
 * that alert no longer needs attention upstream (acknowledged or silenced from any console, or resolved); then
 * the next such alert, oldest first, holds; when none is left the rotation resumes from the page it is on, with
 * a full dwell. An alert that no page of this screen shows never holds it. While held, paging by hand is refused.
 * A paused rotation stays on its page until resumed, but a critical still holds and moves it.
 */
final class PageRotation {
    /** Why the rotation holds: the alert, and since when it holds for it. */
    record Hold(String alertKey, String alertName, String service, Instant since) {
    }

    private final List<PageSpec> pages;
    private final Clock clock;
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 0);
    private final ReadOnlyObjectWrapper<Optional<Hold>> hold =
            new ReadOnlyObjectWrapper<>(this, "hold", Optional.empty());
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    /** Critical alerts that need attention and some page shows, by key, with when they were first seen so. */
    private final Map<String, Instant> waiting = new LinkedHashMap<>();
    private final Map<String, Critical> alerts = new LinkedHashMap<>();
    private Instant shownSince;

    /**
     * @param pages the screen's pages in rotation order (at least one)
     * @param clock where "now" comes from in {@link #update} and the paging methods
     */
    PageRotation(List<PageSpec> pages, Clock clock) {
        this.pages = List.copyOf(pages);
        if (this.pages.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs at least one page");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.shownSince = clock.instant();
    }

    /**
     * A critical alert that needs attention, with its key (made once, off the FX thread), its service's region
     * and the first page of the rotation that shows it. Immutable; any thread.
     */
    record Critical(Alert alert, String key, String region, int page) {
    }

    /**
     * The critical alerts of {@code board} that need attention and some page of {@code pages} shows, in board
     * order: what {@link #update(List)} takes. Walks every alert, so the wall calls it off the FX
     * thread ({@link WallFrame}).
     */
    static List<Critical> criticals(BoardState board, List<PageSpec> pages) {
        Map<String, String> regions = new HashMap<>();
        for (ServiceView v : board.services()) {
            regions.putIfAbsent(v.service().name(), v.service().region());
        }
        List<Critical> out = new ArrayList<>();
        for (Alert a : board.alerts()) {
            if (a.severity() == Severity.CRITICAL && a.needsAttention()) {
                String region = regions.getOrDefault(a.service(), "");
                OptionalInt page = pageShowing(pages, a, region);
                if (page.isPresent()) {
                    out.add(new Critical(a, a.key(), region, page.getAsInt()));
                }
            }
        }
        return out;
    }

    /** Takes the whole (unfiltered) board: starts, moves or ends a hold. */
    void update(BoardState state) {
        update(criticals(Objects.requireNonNull(state, "state"), pages));
    }

    /**
     * As {@link #update(BoardState)}, with the board's {@link #criticals} already found (off the FX thread).
     */
    void update(List<Critical> criticals) {
        Instant now = clock.instant();
        alerts.clear();
        for (Critical c : criticals) {
            alerts.put(c.key(), c);
            waiting.putIfAbsent(c.key(), now);
        }
        waiting.keySet().retainAll(alerts.keySet());
        reconsider(now);
    }

    private void reconsider(Instant now) {
        Optional<Hold> current = hold.get();
        if (current.isPresent() && waiting.containsKey(current.get().alertKey())) {
            return; // still unacknowledged: keep holding where we are
        }
        if (waiting.isEmpty()) {
            if (current.isPresent()) {
                hold.set(Optional.empty());
                shownSince = now; // resume with a full dwell on the page we held on
            }
            return;
        }
        Map.Entry<String, Instant> next = waiting.entrySet().iterator().next();
        Critical c = alerts.get(next.getKey());
        Alert a = c.alert();
        hold.set(Optional.of(new Hold(a.key(), a.name(), a.service(), now)));
        if (!pages.get(page.get()).showsAlertsOf(a.service(), c.region())) {
            show(c.page(), now);
        }
    }

    /** Advances the rotation when the current page's dwell is over, unless held or paused. */
    void tick(Instant now) {
        if (hold.get().isPresent() || paused.get() || pages.size() < 2) {
            return;
        }
        if (!now.isBefore(shownSince.plus(pages.get(page.get()).dwell()))) {
            show((page.get() + 1) % pages.size(), now);
        }
    }

    /** Shows the next page by hand, with a full dwell. Refused (false) while a critical holds the rotation. */
    boolean next() {
        return jump((page.get() + 1) % pages.size());
    }

    /** Shows the previous page by hand. Refused (false) while held. */
    boolean previous() {
        return jump((page.get() + pages.size() - 1) % pages.size());
    }

    /** Shows page {@code index} by hand. Refused (false) while held or when there is no such page. */
    boolean jump(int index) {
        if (hold.get().isPresent() || index < 0 || index >= pages.size()) {
            return false;
        }
        show(index, clock.instant());
        return true;
    }

    /** Pauses or resumes the rotation; a resumed page gets a full dwell. */
    void togglePaused() {
        paused.set(!paused.get());
        shownSince = clock.instant();
    }

    private void show(int index, Instant now) {
        page.set(index);
        shownSince = now;
    }

    private static OptionalInt pageShowing(List<PageSpec> pages, Alert a, String region) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).showsAlertsOf(a.service(), region)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The index of the page showing, in rotation order. */
    ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The alert the rotation holds for; empty while it rotates. */
    ReadOnlyObjectProperty<Optional<Hold>> holdProperty() {
        return hold.getReadOnlyProperty();
    }

    /** Whether the rotation was paused by hand. */
    ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** How many critical alerts wait for an acknowledgement on this screen (the one held for included). */
    int waitingCount() {
        return waiting.size();
    }

    List<PageSpec> pages() {
        return pages;
    }
}
