package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.Freshness;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. How current each source is, least fresh first: icon, id and state (LIVE, DELAYED, STALE,
 * OFFLINE, PENDING), the age of its data and its kind, and the last error while it is not live. Updated every
 * tick, so ages count up between snapshots.
 *
 * <p>Ids: {@code source-<id>} for a row, {@code source-<id>-state} and {@code source-<id>-age} for its figures.
 */
final class FreshnessTile extends VBox {
    private final ObservableList<FreshnessRow> sources;
    private final List<RowView> views = new ArrayList<>();
    private final Label empty = new Label("No sources configured");

    FreshnessTile(ObservableList<FreshnessRow> sources) {
        this.sources = sources;
        getStyleClass().add("wf-freshness");
        empty.getStyleClass().add("wf-empty");
        sources.addListener((ListChangeListener<FreshnessRow>) c -> refresh());
        refresh();
    }

    private void refresh() {
        while (views.size() < sources.size()) {
            views.add(new RowView());
        }
        while (views.size() > sources.size()) {
            views.remove(views.size() - 1);
        }
        for (int i = 0; i < sources.size(); i++) {
            views.get(i).show(sources.get(i));
        }
        if (sources.isEmpty()) {
            ListReplace.ifChanged(getChildren(), List.of(empty));
        } else if (!getChildren().equals(views)) {
            getChildren().setAll(views);
        }
    }

    /** One source: icon, id and state; the age of its data and its kind; its last error while not live. */
    private static final class RowView extends VBox {
        private final Glyph icon = WallIcons.icon(WallIcons.freshness(Freshness.LIVE));
        private final Label id = new Label();
        private final Label state = new Label();
        private final Label age = new Label();
        private final Label kind = new Label();
        private final Label detail = new Label();

        RowView() {
            getStyleClass().add("wf-src-row");
            id.getStyleClass().add("wf-src-id");
            id.setTextOverrun(OverrunStyle.ELLIPSIS);
            id.setMinWidth(0);
            state.getStyleClass().add("wf-src-state");
            age.getStyleClass().add("wf-src-age");
            for (Label fixed : List.of(state, age)) {
                fixed.setMinWidth(Region.USE_PREF_SIZE);
            }
            detail.getStyleClass().add("wf-src-detail");
            detail.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(icon, id, spacer, state);
            top.getStyleClass().add("wf-src-line");
            kind.getStyleClass().add("wf-src-kind");
            HBox middle = new HBox(age, kind);
            middle.getStyleClass().add("wf-src-line");
            getChildren().addAll(top, middle, detail);
        }

        void show(FreshnessRow row) {
            setId("source-" + row.sourceId());
            state.setId("source-" + row.sourceId() + "-state");
            age.setId("source-" + row.sourceId() + "-age");
            icon.setIcon(WallIcons.freshness(row.freshness()));
            id.setText(row.sourceId());
            state.setText(row.freshness().name());
            age.setText(row.age().isPresent() ? row.ageText() + " old" : "no data yet");
            kind.setText("\u00b7 " + row.kind().configName());
            boolean showError = row.freshness() != Freshness.LIVE && row.lastError().isPresent();
            detail.setText(showError ? row.lastError().get() : "");
            detail.setVisible(showError);
            detail.setManaged(showError);
            StyleClassSwitch.select(this, "wf-fresh-", row.freshness().name().toLowerCase(Locale.ROOT));
        }
    }
}
