package io.watchfloor.app.console;

import io.watchfloor.core.ActionKind;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.ClockState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * FX-thread confined (the test's thread in unit tests): everything the console window shows, as plain properties
 * and lists with no nodes. Snapshots come in through {@link #update}, the one-second tick through {@link #tick},
 * the table's selection through {@link #select}; the view binds to the rest.
 *
 * <p>It keeps the rows ({@link ConsoleRows}, merged by key), the filtered view of them, the header figures, the
 * state of every command for the current selection, the detail of the focused row, and decides which new
 * critical alerts to announce ({@link CriticalWatch}).
 */
final class ConsoleViewModel {
    private static final Set<ActionKind> TAKING_ON = Set.of(ActionKind.ACKNOWLEDGE, ActionKind.SILENCE,
            ActionKind.ASSIGN);

    private final Clock clock;
    private final ActionRules rules;
    private final ActionLedger ledger;
    private final ConsoleRows rows = new ConsoleRows();
    private final FilteredList<ConsoleRow> visible = new FilteredList<>(rows.list());
    private final ObjectProperty<ConsoleFilter> filter = new SimpleObjectProperty<>(this, "filter", ConsoleFilter.ALL);
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<SourceLine> sourceLines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ConsoleCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            ConsoleCounts.ZERO);
    private final ObservableList<ConsoleRow> selection = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<ConsoleRow>> focused =
            new ReadOnlyObjectWrapper<>(this, "focused", Optional.empty());
    private final Map<ConsoleCommand,
            ReadOnlyObjectWrapper<CommandState>> commands = new EnumMap<>(ConsoleCommand.class);
    private final CriticalWatch watch;
    private final DetailViewModel detail;
    private final StatusLog status = new StatusLog();
    private BoardState board;
    private Instant now;

    ConsoleViewModel(Clock clock, ActionRules rules, ActionLedger ledger, BoardState initial) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.watch = new CriticalWatch(clock);
        this.detail = new DetailViewModel(ledger, clock.getZone());
        this.board = Objects.requireNonNull(initial, "initial");
        this.now = clock.instant();
        visible.predicateProperty().bind(filter);
        for (ConsoleCommand c : ConsoleCommand.values()) {
            commands.put(c, new ReadOnlyObjectWrapper<>(this, c.name(), CommandState.disabled("select a row first")));
        }
        ledger.addListener(this::actionsChanged);
        update(initial);
    }

    /** Shows a new snapshot; returns the critical alerts it newly brings, to announce. */
    List<CriticalWatch.Notice> update(BoardState snapshot) {
        board = Objects.requireNonNull(snapshot, "snapshot");
        now = clock.instant();
        rows.merge(board);
        rows.tick(now);
        rows.refreshMarkers(board, ledger, now);
        syncChoices();
        refreshFigures();
        refreshCommands();
        detail.show(focused.get(), board, rules.matrix(), now);
        return watch.observe(board);
    }

    /** Moves countdowns, ages and freshness to the clock's now; called once a second. */
    void tick() {
        now = clock.instant();
        ledger.prune(now);
        rows.tick(now);
        rows.refreshMarkers(board, ledger, now);
        refreshFigures();
        detail.tick(now);
    }

    /** The table's selection changed: {@code selected} rows, {@code lead} the one the detail pane shows. */
    void select(List<ConsoleRow> selected, Optional<ConsoleRow> lead) {
        selection.setAll(selected);
        focused.set(lead);
        refreshCommands();
        detail.show(lead, board, rules.matrix(), now);
    }

    private void actionsChanged() {
        rows.refreshMarkers(board, ledger, now);
        refreshFigures();
        refreshCommands();
        detail.show(focused.get(), board, rules.matrix(), now);
    }

    private void refreshCommands() {
        List<ConsoleRow> sel = List.copyOf(selection);
        commands.forEach((c, w) -> w.set(rules.check(c, sel, board, ledger)));
    }

    private void refreshFigures() {
        int firing = (int) board.alerts().stream().filter(a -> a.firing()).count();
        int open = (int) board.incidents().stream().filter(i -> i.state().open()).count();
        int breached = (int) board.incidents().stream().flatMap(i -> i.clocks().stream())
                .filter(c -> c.live() && c.stateAt(now) == ClockState.BREACHED).count();
        counts.set(new ConsoleCounts(criticalsNewestFirst().size(), firing, open, breached,
                ledger.pendingCount(board)));
        List<SourceLine> lines = board.sources().stream().map(h -> SourceLine.of(h, now)).toList();
        if (!lines.equals(sourceLines)) {
            sourceLines.setAll(lines);
        }
    }

    /** Keeps the service and source filter choices to what is on the board (and what is filtered on). */
    private void syncChoices() {
        Set<String> svc = new TreeSet<>(filter.get().services());
        Set<String> src = new TreeSet<>(filter.get().sources());
        rows.list().forEach(r -> {
            svc.add(r.values().service());
            src.add(r.values().source());
        });
        if (!services.equals(new ArrayList<>(svc))) {
            services.setAll(svc);
        }
        if (!sources.equals(new ArrayList<>(src))) {
            sources.setAll(src);
        }
    }

    /**
     * Critical alerts and P1 incidents nobody has taken on (upstream, on the board, or by an action of ours that is
     * pending or accepted), newest first.
     */
    List<ConsoleRow> criticalsNewestFirst() {
        return rows.list().stream()
                .filter(r -> r.values().urgency().level() == 0 && r.values().urgency().attention() && !takenOn(r))
                .sorted(Comparator.comparing((ConsoleRow r) -> r.values().since()).reversed()
                        .thenComparing(ConsoleRow::key))
                .toList();
    }

    private boolean takenOn(ConsoleRow r) {
        return ledger.forTarget(r.key(), board).stream()
                .anyMatch(s -> TAKING_ON.contains(s.action().kind()) && (s.pending() || s.accepted()));
    }

    /**
     * The newest critical nobody took on; when {@code current} is one of them, the next older one (wrapping), so
     * that repeating the key walks through them.
     */
    Optional<ConsoleRow> nextCritical(Optional<ConsoleRow> current) {
        List<ConsoleRow> all = criticalsNewestFirst();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int at = current.map(all::indexOf).orElse(-1);
        return Optional.of(all.get(at < 0 ? 0 : (at + 1) % all.size()));
    }

    Optional<ConsoleRow> row(String key) {
        return rows.row(key);
    }

    ObservableList<ConsoleRow> rows() {
        return rows.list();
    }

    /** The rows the filter lets through, in merge order; the table sorts its own view of them. */
    FilteredList<ConsoleRow> visible() {
        return visible;
    }

    ObjectProperty<ConsoleFilter> filterProperty() {
        return filter;
    }

    ObservableList<String> services() {
        return services;
    }

    ObservableList<String> sources() {
        return sources;
    }

    ObservableList<SourceLine> sourceLines() {
        return sourceLines;
    }

    ReadOnlyObjectProperty<ConsoleCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    ObservableList<ConsoleRow> selection() {
        return FXCollections.unmodifiableObservableList(selection);
    }

    ReadOnlyObjectProperty<Optional<ConsoleRow>> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<CommandState> commandProperty(ConsoleCommand c) {
        return commands.get(c).getReadOnlyProperty();
    }

    CommandState command(ConsoleCommand c) {
        return commands.get(c).get();
    }

    DetailViewModel detail() {
        return detail;
    }

    StatusLog status() {
        return status;
    }

    ActionRules rules() {
        return rules;
    }

    BoardState board() {
        return board;
    }

    Instant now() {
        return now;
    }
}
