package io.watchfloor.app.console;

import io.watchfloor.app.fx.FxBoardBridge;
import io.watchfloor.app.fx.FxThread;
import io.watchfloor.app.theme.Theme;
import io.watchfloor.core.BoardState;
import io.watchfloor.engine.BoardFeed;
import io.watchfloor.engine.action.ActionGateway;
import java.net.URL;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * FX Application Thread only: construct, use and dispose it there. The shift lead's console window: a header
 * (what needs someone, sources, operator, time), the search and filters, one sortable multi-select list of
 * incidents and alerts, the detail of the focused row, the action bar, and the status line; forms and the key
 * help open as sheets over it. Keyboard first: every command is one key or chord ({@link ConsoleCommand}); a new
 * critical is acknowledged with two keys, C then A.
 *
 * <p>Snapshots arrive through an {@link FxBoardBridge} (newest wins, at most one per pulse) and are merged into
 * the rows by key. A 1-second {@link Timeline} moves the SLA countdowns and ages from the injected {@link Clock}.
 * Actions go through the {@link ActionGateway}; their answers come back to the FX thread through
 * {@link FxThread}. Nothing here blocks: no IO, no {@code Future.get}.
 */
public final class ConsoleView {
    static final String STYLESHEET = "/assets/themes/console.css";

    private final ConsoleViewModel vm;
    private final ConsoleActions actions;
    private final StackPane root = new StackPane();
    private final ConsoleHeader header;
    private final FilterBar filters;
    private final ConsoleTable table;
    private final SheetHost sheets;
    private final ActionSheets forms;
    private final ConsoleNotifier notifier;
    private final Timeline ticker;
    private final FxBoardBridge bridge;
    private boolean disposed;

    /**
     * Builds the console showing {@code feed.current()} at once, then subscribes to the feed.
     *
     * @param feed    where snapshots come from
     * @param gateway where actions go; its operator's role decides what the console offers
     * @param clock   the console's notion of now, and the zone it shows times in
     */
    public ConsoleView(BoardFeed feed, ActionGateway gateway, Clock clock) {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(clock, "clock");
        Theme.loadFonts();
        ActionLedger ledger = new ActionLedger(clock);
        vm = new ConsoleViewModel(clock, new ActionRules(gateway.operator().role(), gateway.requests().matrix()),
                ledger, feed.current());
        notifier = new ConsoleNotifier(root, this::selectKey);
        actions = new ConsoleActions(gateway, ledger, FxThread.executor(), clock, vm.status(), notifier::answered);
        header = new ConsoleHeader(vm, gateway.operator(), clock);
        filters = new FilterBar(vm);
        table = new ConsoleTable(vm);
        sheets = new SheetHost(() -> table.view().requestFocus());
        forms = new ActionSheets(actions, vm, sheets);
        DetailPane detail = new DetailPane(vm.detail(), this::selectKey);
        SplitPane split = new SplitPane(table.view(), detail.root());
        split.getStyleClass().add("wf-split");
        split.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(detail.root(), false);
        BorderPane main = new BorderPane(split);
        main.setTop(new VBox(header.root(), filters.root()));
        main.setBottom(new VBox(new ActionBar(vm, this::run).root(), new StatusBar(vm.status(), clock).root()));
        main.getStyleClass().add("wf-console-main");
        root.getChildren().addAll(main, sheets.root());
        root.setId("console");
        root.getStyleClass().add("wf-console");
        root.getStylesheets().addAll(Theme.darkStylesheet(), stylesheet());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        filters.search().addEventHandler(KeyEvent.KEY_PRESSED, this::onSearchKey);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        bridge = FxBoardBridge.connect(feed, this::show);
        // the list has the keyboard from the start, so the first key of C, A is not lost on a focusless window
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                table.view().requestFocus();
            }
        });
    }

    private static String stylesheet() {
        URL url = ConsoleView.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is not on the classpath");
        }
        return url.toExternalForm();
    }

    /** The window's content; put it in a scene of its own. */
    public Parent root() {
        return root;
    }

    /** Stops the one-second timeline and unsubscribes from the feed. Idempotent. */
    public void dispose() {
        if (!disposed) {
            disposed = true;
            ticker.stop();
            bridge.close();
        }
    }

    private void show(BoardState board) {
        notifier.criticals(table.keepingSelection(() -> vm.update(board)));
    }

    /** One tick of the 1-second timeline. */
    void tick() {
        vm.tick();
        header.tick();
    }

    /** Runs a command as its key would. */
    void run(ConsoleCommand c) {
        switch (c) {
            case NEXT -> arrow(KeyCode.DOWN, false);
            case PREVIOUS -> arrow(KeyCode.UP, false);
            case EXTEND_NEXT -> arrow(KeyCode.DOWN, true);
            case EXTEND_PREVIOUS -> arrow(KeyCode.UP, true);
            case NEXT_CRITICAL -> nextCritical();
            case SEARCH -> filters.focusSearch();
            case SHOW_ALL -> filters.showKinds(Set.of());
            case SHOW_INCIDENTS -> filters.showKinds(Set.of(ConsoleRow.Kind.INCIDENT));
            case SHOW_ALERTS -> filters.showKinds(Set.of(ConsoleRow.Kind.ALERT));
            case CLEAR_FILTERS -> vm.filterProperty().set(ConsoleFilter.ALL);
            case HELP -> toggleHelp();
            default -> act(c);
        }
    }

    private void act(ConsoleCommand c) {
        CommandState s = vm.command(c);
        if (!s.enabled()) {
            vm.status().add(vm.now(), StatusLog.Level.WARN, c.label() + " (" + c.keyHint() + "): " + s.reason());
            return;
        }
        if (c == ConsoleCommand.ACKNOWLEDGE) {
            actions.acknowledge(s.targets(), Optional.empty());
        } else if (c == ConsoleCommand.UNACKNOWLEDGE) {
            actions.unacknowledge(s.targets());
        } else if (c == ConsoleCommand.ACCEPT_ESCALATION) {
            actions.acceptEscalations(s.targets(), vm.board());
        } else {
            forms.open(c, s);
        }
    }

    private void arrow(KeyCode code, boolean extend) {
        table.view().requestFocus();
        Event.fireEvent(table.view(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, extend, false, false, false));
    }

    private void nextCritical() {
        Optional<ConsoleRow> next = vm.nextCritical(vm.focusedProperty().get());
        if (next.isEmpty()) {
            vm.status().add(vm.now(), StatusLog.Level.INFO, "No unacknowledged critical alert or P1 incident.");
            return;
        }
        reveal(next.get());
    }

    /** Selects the row of {@code key} (from a link or a notification) and brings the window forward. */
    void selectKey(String key) {
        vm.row(key).ifPresent(this::reveal);
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.toFront();
        }
    }

    private void reveal(ConsoleRow row) {
        if (!vm.visible().contains(row)) {
            vm.filterProperty().set(ConsoleFilter.ALL);
            vm.status().add(vm.now(), StatusLog.Level.INFO, "Filters cleared to show " + row.values().ref());
        }
        table.selectOnly(row);
    }

    private void toggleHelp() {
        if (sheets.isOpen()) {
            sheets.close();
        } else {
            sheets.show(HelpSheet.create(sheets::close));
        }
    }

    private boolean typing() {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
    }

    private void onKeyPressed(KeyEvent e) {
        if (sheets.isOpen()) {
            return;
        }
        Optional<ConsoleCommand> c = ConsoleCommand.forPressed(e);
        if (c.isPresent() && (!typing() || c.get().worksInTextFields())) {
            e.consume();
            run(c.get());
        }
    }

    private void onKeyTyped(KeyEvent e) {
        if (sheets.isOpen()) {
            if ("?".equals(e.getCharacter()) && sheets.current().filter(s
                    -> "help".equals(s.root().getId())).isPresent()) {
                e.consume();
                sheets.close();
            }
            return;
        }
        if (!typing()) {
            ConsoleCommand.forTyped(e.getCharacter()).ifPresent(c -> {
                e.consume();
                run(c);
            });
        }
    }

    /** In the search box: Enter or Down goes to the list keeping the search, Esc clears it and goes back. */
    private void onSearchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            filters.search().clear();
        }
        if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
            e.consume();
            table.view().requestFocus();
            if (table.view().getSelectionModel().isEmpty() && !table.items().isEmpty()) {
                table.view().getSelectionModel().clearAndSelect(0);
                table.view().getFocusModel().focus(0);
            }
        }
    }

    ConsoleViewModel viewModel() {
        return vm;
    }

    ConsoleTable table() {
        return table;
    }

    ConsoleNotifier notifier() {
        return notifier;
    }

    SheetHost sheets() {
        return sheets;
    }

    Timeline ticker() {
        return ticker;
    }
}
