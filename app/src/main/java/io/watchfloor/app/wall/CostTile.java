package io.watchfloor.app.wall;

import io.watchfloor.app.ui.DurationFormat;
import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.ServiceStatus;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. Downtime cost: for each service that is down or degraded (most expensive per minute first,
 * at most {@code rows}), its status icon and word, its cost per minute and how long the outage has lasted, and in
 * large figures what the outage has cost so far, with today's total for the service underneath.
 *
 * <p>Ids: {@code cost-<service>} for a row, {@code cost-<service>-outage} and {@code cost-<service>-today} for its
 * figures.
 */
final class CostTile extends RowListTile<CostRow, CostTile.RowView> {
    private final MoneyFormat money;

    CostTile(ObservableList<CostRow> source, int rows, MoneyFormat money) {
        super(source, rows, "wf-cost", "No service down or degraded");
        this.money = money;
        refresh();
    }

    @Override
    RowView newRow(int index) {
        return new RowView();
    }

    @Override
    void show(RowView row, CostRow item) {
        row.show(item, money);
    }

    /** One service: icon | name over status, rate and duration | outage cost over today's. */
    static final class RowView extends HBox {
        private final Glyph icon = WallIcons.icon(WallIcons.status(ServiceStatus.DOWN));
        private final Label name = new Label();
        private final Label detail = new Label();
        private final Label outage = new Label();
        private final Label today = new Label();

        RowView() {
            getStyleClass().add("wf-cost-row");
            name.getStyleClass().add("wf-cost-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            detail.getStyleClass().add("wf-cost-detail");
            detail.setTextOverrun(OverrunStyle.ELLIPSIS);
            outage.getStyleClass().add("wf-cost-outage");
            today.getStyleClass().add("wf-cost-today");
            outage.setMinWidth(Region.USE_PREF_SIZE);
            today.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(name, detail);
            text.getStyleClass().add("wf-cost-text");
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            VBox figures = new VBox(outage, today);
            figures.getStyleClass().add("wf-cost-figures");
            figures.setMinWidth(Region.USE_PREF_SIZE);
            getChildren().addAll(icon, text, figures);
        }

        void show(CostRow row, MoneyFormat money) {
            setId("cost-" + row.service());
            outage.setId("cost-" + row.service() + "-outage");
            today.setId("cost-" + row.service() + "-today");
            icon.setIcon(WallIcons.status(row.status()));
            name.setText(row.displayName());
            String rate = row.costed() ? money.format(row.perMinute(), row.currency()) + "/min" : "no cost configured";
            detail.setText(row.status().name() + " \u00b7 " + rate + " \u00b7 for " + DurationFormat.age(row.outage()));
            outage.setText(row.costed() ? money.format(row.outageCost(), row.currency()) : "\u2013");
            today.setText("today " + money.format(row.todayCost(), row.currency()));
            StyleClassSwitch.select(this, "wf-status-", row.status().name().toLowerCase(Locale.ROOT));
        }
    }
}
