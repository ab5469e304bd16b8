package io.watchfloor.app.console;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/**
 * FX-thread confined. The search box and the filters above the list: kind (all / incidents / alerts), level,
 * service, source and state, a "clear" button and how many rows are shown. It writes the view model's
 * {@link ConsoleFilter} and follows it back (keys and the "next critical" jump change it too). The service and
 * source choices follow the board; a choice being filtered on stays listed.
 */
final class FilterBar {
    private final ConsoleViewModel vm;
    private final HBox root = new HBox();
    private final CustomTextField search = (CustomTextField) TextFields.createClearableTextField();
    private final ToggleButton all = new ToggleButton("All");
    private final ToggleButton incidents = new ToggleButton("Incidents");
    private final ToggleButton alerts = new ToggleButton("Alerts");
    private final CheckComboBox<String> levels = new CheckComboBox<>();
    private final CheckComboBox<String> services = new CheckComboBox<>();
    private final CheckComboBox<String> sources = new CheckComboBox<>();
    private final CheckComboBox<StateFacet> states = new CheckComboBox<>();
    private boolean syncing;

    FilterBar(ConsoleViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("wf-filter-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        search.setId("search");
        search.getStyleClass().add("wf-search");
        search.setPromptText("Search number, name, service, summary, assignee\u2026   ( / )");
        search.setLeft(ConsoleIcons.icon(ConsoleIcons.SEARCH, "wf-search-icon"));
        search.textProperty().addListener((o, a, text) -> edit(f -> f.withText(text)));
        HBox.setHgrow(search, Priority.SOMETIMES);

        SegmentedButton kinds = new SegmentedButton(all, incidents, alerts);
        kinds.getStyleClass().add("wf-kinds");
        all.setTooltip(new Tooltip("Incidents and alerts (Ctrl+1)"));
        incidents.setTooltip(new Tooltip("Incidents only (Ctrl+2)"));
        alerts.setTooltip(new Tooltip("Alerts only (Ctrl+3)"));
        all.setOnAction(e -> showKinds(Set.of()));
        incidents.setOnAction(e -> showKinds(Set.of(ConsoleRow.Kind.INCIDENT)));
        alerts.setOnAction(e -> showKinds(Set.of(ConsoleRow.Kind.ALERT)));

        setUp(levels, "levels", "Level", Urgency.LEVEL_NAMES);
        setUp(services, "services", "Service", List.of());
        setUp(sources, "sources", "Source", List.of());
        setUp(states, "states", "State", List.of(StateFacet.values()));
        states.setConverter(new StringConverter<>() {
            @Override
            public String toString(StateFacet f) {
                return f == null ? "" : f.label();
            }

            @Override
            public StateFacet fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        follow(levels, set -> vm.filterProperty().get().withLevels(set.stream()
                .map(Urgency.LEVEL_NAMES::indexOf).collect(Collectors.toSet())));
        follow(services, set -> vm.filterProperty().get().withServices(set));
        follow(sources, set -> vm.filterProperty().get().withSources(set));
        follow(states, set -> vm.filterProperty().get().withStates(set.isEmpty() ? Set.of() : EnumSet.copyOf(set)));
        vm.services().addListener((ListChangeListener<String>) c -> syncChoices(services, vm.services()));
        vm.sources().addListener((ListChangeListener<String>) c -> syncChoices(sources, vm.sources()));

        Button clear = new Button("Clear", ConsoleIcons.icon("mdi2f-filter-remove-outline"));
        clear.setId("clear-filters");
        clear.setTooltip(new Tooltip("Clear the search and every filter (Ctrl+Shift+X)"));
        clear.setOnAction(e -> vm.filterProperty().set(ConsoleFilter.ALL));
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.filterProperty().get().showsAll(),
                vm.filterProperty()));

        Label shown = new Label();
        shown.setId("shown-count");
        shown.getStyleClass().add("wf-shown");
        shown.textProperty().bind(Bindings.createStringBinding(() -> vm.visible().size() + " of " + vm.rows().size()
                + " shown", vm.visible(), vm.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label sortHint = new Label("shift-click headers to sort by several columns");
        sortHint.getStyleClass().add("wf-hint");
        for (Region r : List.of(all, incidents, alerts, levels, services, sources, states, clear, shown)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        sortHint.setMinWidth(0);
        root.getChildren().addAll(search, kinds, levels, services, sources, states, clear, spacer, sortHint, shown);

        syncChoices(services, vm.services());
        syncChoices(sources, vm.sources());
        vm.filterProperty().addListener((o, a, f) -> syncFromFilter(f));
        syncFromFilter(vm.filterProperty().get());
    }

    private static <T> void setUp(CheckComboBox<T> box, String id, String title, List<T> items) {
        box.setId("filter-" + id);
        box.getStyleClass().add("wf-filter");
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.getItems().setAll(items);
    }

    private <T> void follow(CheckComboBox<T> box, Function<Set<T>, ConsoleFilter> next) {
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!syncing) {
                vm.filterProperty().set(next.apply(Set.copyOf(box.getCheckModel().getCheckedItems())));
            }
        });
    }

    private void edit(Function<ConsoleFilter, ConsoleFilter> change) {
        if (!syncing) {
            vm.filterProperty().set(change.apply(vm.filterProperty().get()));
        }
    }

    void showKinds(Set<ConsoleRow.Kind> kinds) {
        vm.filterProperty().set(vm.filterProperty().get().withKinds(kinds));
        syncFromFilter(vm.filterProperty().get()); // a toggle clicked while selected deselects itself: undo that
    }

    /** Replaces a box's choices, keeping the checks (ControlsFX's check model does not follow item changes). */
    private void syncChoices(CheckComboBox<String> box, ObservableList<String> choices) {
        if (box.getItems().equals(choices)) {
            return;
        }
        syncing = true;
        try {
            Set<String> checked = Set.copyOf(box.getCheckModel().getCheckedItems());
            box.getCheckModel().clearChecks();
            box.getItems().setAll(choices);
            checked.stream().filter(box.getItems()::contains).forEach(box.getCheckModel()::check);
        } finally {
            syncing = false;
        }
    }

    private void syncFromFilter(ConsoleFilter f) {
        syncing = true;
        try {
            if (!search.getText().equals(f.text())) {
                search.setText(f.text());
            }
            all.setSelected(f.kinds().isEmpty() || f.kinds().size() == 2);
            incidents.setSelected(f.kinds().equals(Set.of(ConsoleRow.Kind.INCIDENT)));
            alerts.setSelected(f.kinds().equals(Set.of(ConsoleRow.Kind.ALERT)));
            checkOnly(levels, f.levels().stream().map(Urgency.LEVEL_NAMES::get).collect(Collectors.toSet()));
            checkOnly(services, f.services());
            checkOnly(sources, f.sources());
            checkOnly(states, f.states());
        } finally {
            syncing = false;
        }
    }

    private static <T> void checkOnly(CheckComboBox<T> box, Set<T> wanted) {
        if (Set.copyOf(box.getCheckModel().getCheckedItems()).equals(wanted)) {
            return;
        }
        box.getCheckModel().clearChecks();
        wanted.stream().filter(box.getItems()::contains).forEach(box.getCheckModel()::check);
    }

    /** Moves the keyboard focus to the search box, selecting its text. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    CustomTextField search() {
        return search;
    }

    HBox root() {
        return root;
    }
}
