package io.watchfloor.app.console;

import io.watchfloor.app.ui.StyleClassSwitch;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * FX-thread confined. The console's list: one table of incidents and alerts (a Type column tells them apart),
 * sorted by the operator (shift-click a header to add a sort column; the default is most urgent first, then
 * newest), multi-select, and columns the table menu (+) can hide or show. Its items are the view model's
 * filtered rows through a {@link SortedList} bound to the table's comparator; rows change in place, so the
 * selection, scroll position and sort survive every snapshot.
 */
final class ConsoleTable {
    private final ConsoleViewModel vm;
    private final TableView<ConsoleRow> table = new TableView<>();
    private final SortedList<ConsoleRow> sorted;
    private boolean restoring;

    ConsoleTable(ConsoleViewModel vm) {
        this.vm = vm;
        sorted = new SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("console-table");
        table.getStyleClass().add("wf-console-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("Nothing matches the search and filters.  Ctrl+Shift+X clears them."));
        table.setRowFactory(t -> new ConsoleTableRow());
        addColumns();
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ConsoleRow>) c
                -> selectionChanged());
        table.getFocusModel().focusedItemProperty().addListener((o, a, b) -> selectionChanged());
    }

    private void addColumns() {
        TableColumn<ConsoleRow, ConsoleRow.Kind> type = column("Type", "type", 86, 86, r -> constant(r.kind()));
        type.setCellFactory(c -> new ConsoleCells.TypeCell());
        TableColumn<ConsoleRow, Urgency> level = column("Level", "level", 106, 106, r -> map(r, RowValues::urgency));
        level.setCellFactory(c -> new ConsoleCells.LevelCell());
        TableColumn<ConsoleRow, String> ref = column("Number / name", "ref", 170, 110, r -> map(r, RowValues::ref));
        ref.setCellFactory(c -> new ConsoleCells.TextCell("wf-cell-ref"));
        TableColumn<ConsoleRow, String> title = column("Title / summary", "title", 290, 140, r -> map(r,
                RowValues::title));
        title.setCellFactory(c -> new ConsoleCells.TextCell("wf-cell-title"));
        TableColumn<ConsoleRow, String> service = column("Service", "service", 130, 90, r -> map(r,
                RowValues::service));
        TableColumn<ConsoleRow, String> state = column("State", "state", 118, 100, r -> map(r, RowValues::state));
        TableColumn<ConsoleRow, String> owner = column("Owner", "owner", 96, 70, r -> map(r, RowValues::owner));
        TableColumn<ConsoleRow, String> group = column("Group", "group", 130, 90, r -> map(r, RowValues::group));
        group.setVisible(false);
        TableColumn<ConsoleRow, ConsoleRow> age = column("Age", "age", 66, 66, ConsoleTable::constant);
        age.setComparator(Comparator.comparing((ConsoleRow r) -> r.values().since(),
                Comparator.<Instant>reverseOrder()));
        age.setCellFactory(c -> new ConsoleCells.AgeCell());
        TableColumn<ConsoleRow, SlaCell> sla = column("SLA", "sla", 176, 176, ConsoleRow::slaProperty);
        sla.setCellFactory(c -> new ConsoleCells.SlaCellView());
        TableColumn<ConsoleRow, String> source = column("Source", "source", 70, 60, r -> map(r, RowValues::source));
        source.setVisible(false);
        TableColumn<ConsoleRow, RowMarker> action = column("Console action", "action", 190, 110,
                ConsoleRow::markerProperty);
        action.setComparator(Comparator.comparing(m -> m.state().ordinal()));
        action.setCellFactory(c -> new ConsoleCells.MarkerCell());
        table.getColumns().setAll(List.of(type, level, ref, title, service, state, owner, group, age, sla, source,
                action));
        age.setSortType(TableColumn.SortType.ASCENDING);
        table.getSortOrder().setAll(List.of(level, age));
    }

    private static <T> TableColumn<ConsoleRow, T> column(String name, String id, double width, double minWidth,
                                                         Function<ConsoleRow, ObservableValue<T>> value) {
        TableColumn<ConsoleRow, T> c = new TableColumn<>(name);
        c.setId("col-" + id);
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        c.setCellValueFactory(cd -> value.apply(cd.getValue()));
        return c;
    }

    private static <T> ObservableValue<T> map(ConsoleRow r, Function<RowValues, T> f) {
        return r.valuesProperty().map(f);
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private void selectionChanged() {
        if (restoring) {
            return;
        }
        vm.select(List.copyOf(table.getSelectionModel().getSelectedItems()),
                Optional.ofNullable(table.getSelectionModel().getSelectedItem()));
    }

    /**
     * Runs {@code update} (which merges a snapshot into the rows) and then makes sure the same rows, by key, are
     * still selected: the in-place merge keeps them, this is the guarantee.
     */
    <T> T keepingSelection(Supplier<T> update) {
        Set<String> keys = table.getSelectionModel().getSelectedItems().stream().map(ConsoleRow::key)
                .collect(Collectors.toSet());
        Optional<String> lead = Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(ConsoleRow::key);
        T result = update.get();
        Set<String> now = table.getSelectionModel().getSelectedItems().stream().map(ConsoleRow::key)
                .collect(Collectors.toSet());
        if (!now.equals(keys)) {
            restoring = true;
            try {
                table.getSelectionModel().clearSelection();
                for (int i = 0; i < sorted.size(); i++) {
                    if (keys.contains(sorted.get(i).key()) && !lead.filter(sorted.get(i).key()::equals).isPresent()) {
                        table.getSelectionModel().select(i);
                    }
                }
                lead.flatMap(vm::row).map(sorted::indexOf).filter(i -> i >= 0).ifPresent(i
                        -> table.getSelectionModel().select(i));
            } finally {
                restoring = false;
            }
            selectionChanged();
        }
        return result;
    }

    /** Selects only {@code row} (it must be visible), focuses it and scrolls it into view if needed. */
    void selectOnly(ConsoleRow row) {
        int i = sorted.indexOf(row);
        if (i < 0) {
            return;
        }
        table.getSelectionModel().clearAndSelect(i);
        table.getFocusModel().focus(i);
        reveal(i);
        table.requestFocus();
    }

    /** Scrolls as little as needed for row {@code index} to be fully visible. */
    void reveal(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }

    TableView<ConsoleRow> view() {
        return table;
    }

    SortedList<ConsoleRow> items() {
        return sorted;
    }

    /** Styles a row by its state: attention (unacknowledged critical), resolved, pending or refused action. */
    private static final class ConsoleTableRow extends TableRow<ConsoleRow> {
        private final javafx.beans.InvalidationListener restyle = o -> restyle();
        private ConsoleRow watched;

        @Override
        protected void updateItem(ConsoleRow item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.valuesProperty().removeListener(restyle);
                watched.markerProperty().removeListener(restyle);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.valuesProperty().addListener(restyle);
                watched.markerProperty().addListener(restyle);
            }
            restyle();
        }

        private void restyle() {
            ConsoleRow r = watched;
            Urgency u = r == null ? null : r.values().urgency();
            StyleClassSwitch.toggle(this, "wf-row-attention", u != null && u.attention() && u.level() <= 1);
            StyleClassSwitch.toggle(this, "wf-row-critical", u != null && u.attention() && u.level() == 0);
            StyleClassSwitch.toggle(this, "wf-row-closed", u != null && !u.open());
            StyleClassSwitch.toggle(this, "wf-row-pending", r != null && r.marker().pending());
            StyleClassSwitch.toggle(this, "wf-row-rejected",
                    r != null && r.marker().state() == RowMarker.State.REJECTED);
        }
    }
}
