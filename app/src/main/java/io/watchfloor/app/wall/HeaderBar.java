package io.watchfloor.app.wall;

import io.watchfloor.app.ui.StyleClassSwitch;
import io.watchfloor.core.ServiceStatus;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * FX-thread confined. The top of the board: the headline ("2 services DOWN · Checkout, Payments Gateway" or
 * "All services up") on a bar that turns red when a service is down and amber when one is degraded, with the
 * service counts on the right, then the page indicator and the paused and muted marks; under it, only while a
 * critical holds the rotation, the alarm line; and only while some source is not current, the banner naming it.
 *
 * <p>Ids: {@code headline}, {@code service-counts}, {@code page-indicator}, {@code paused-mark},
 * {@code muted-mark}, {@code alarm} (the alarm's row) and {@code alarm-text}, {@code banner} (the banner's row)
 * and {@code banner-text}.
 */
final class HeaderBar extends VBox {
    private final HBox alarm;

    HeaderBar(WallViewModel model) {
        this(model, new WallStatus());
    }

    HeaderBar(WallViewModel model, WallStatus status) {
        getStyleClass().add("wf-header-bar");
        alarm = alarm(status);
        getChildren().addAll(headline(model, status), alarm, banner(model));
    }

    /** The alarm line, which the wall flashes. */
    HBox alarmRow() {
        return alarm;
    }

    private static HBox headline(WallViewModel model, WallStatus status) {
        Glyph icon = WallIcons.icon(WallIcons.status(ServiceStatus.UP), "wf-header-icon");
        Label text = new Label();
        text.setId("headline");
        text.getStyleClass().add("wf-headline");
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setMinWidth(0);
        text.textProperty().bind(model.headlineProperty());
        Label counts = new Label();
        counts.setId("service-counts");
        counts.getStyleClass().add("wf-header-meta");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(model),
                model.statusCountProperty(ServiceStatus.DOWN), model.statusCountProperty(ServiceStatus.DEGRADED),
                model.statusCountProperty(ServiceStatus.UNKNOWN), model.statusCountProperty(ServiceStatus.UP)));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label page = new Label();
        page.setId("page-indicator");
        page.getStyleClass().addAll("wf-header-meta", "wf-page-indicator");
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.textProperty().bind(status.page);
        page.visibleProperty().bind(status.page.isNotEmpty());
        page.managedProperty().bind(page.visibleProperty());
        Glyph paused = mark("paused-mark", WallIcons.PAUSED, status.paused);
        Glyph muted = mark("muted-mark", WallIcons.MUTED, status.muted);
        HBox bar = new HBox(icon, text, spacer, counts, page, paused, muted);
        bar.getStyleClass().add("wf-header");
        Runnable show = () -> {
            ServiceStatus worst = model.worstStatusProperty().get();
            icon.setIcon(WallIcons.status(worst));
            StyleClassSwitch.select(bar, "wf-status-", worst.name().toLowerCase(Locale.ROOT));
        };
        model.worstStatusProperty().addListener(o -> show.run());
        show.run();
        return bar;
    }

    private static Glyph mark(String id, String literal, javafx.beans.value.ObservableBooleanValue on) {
        Glyph mark = WallIcons.icon(literal, "wf-header-mark");
        mark.setId(id);
        mark.visibleProperty().bind(on);
        mark.managedProperty().bind(on);
        return mark;
    }

    private static HBox alarm(WallStatus status) {
        Label text = new Label();
        text.setId("alarm-text");
        text.getStyleClass().add("wf-alarm-text");
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setMinWidth(0);
        text.textProperty().bind(status.alarm);
        HBox bar = new HBox(WallIcons.icon(WallIcons.ALARM), text);
        bar.setId("alarm");
        bar.getStyleClass().add("wf-alarm-bar");
        bar.visibleProperty().bind(status.alarm.isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        FlashRing.attach(bar);
        return bar;
    }

    private static String countsText(WallViewModel model) {
        int total = 0;
        StringBuilder parts = new StringBuilder();
        for (ServiceStatus s : ServiceStatus.values()) {
            int n = model.statusCountProperty(s).get();
            total += n;
            if (n > 0 && s != ServiceStatus.UP) {
                parts.append(" \u00b7 ").append(n).append(' ').append(s.name().toLowerCase(Locale.ROOT));
            }
        }
        return total + " services \u00b7 " + model.statusCountProperty(ServiceStatus.UP).get() + " up" + parts;
    }

    private static HBox banner(WallViewModel model) {
        Glyph icon = WallIcons.icon(WallIcons.freshness(model.bannerFreshnessProperty().get()));
        Label text = new Label();
        text.setId("banner-text");
        text.getStyleClass().add("wf-banner-text");
        text.setTextOverrun(OverrunStyle.ELLIPSIS);
        text.setMinWidth(0);
        text.textProperty().bind(model.bannerProperty());
        HBox bar = new HBox(icon, text);
        bar.setId("banner");
        bar.getStyleClass().add("wf-banner");
        bar.visibleProperty().bind(model.bannerVisibleProperty());
        bar.managedProperty().bind(model.bannerVisibleProperty());
        Runnable show = () -> {
            icon.setIcon(WallIcons.freshness(model.bannerFreshnessProperty().get()));
            StyleClassSwitch.select(bar, "wf-fresh-",
                    model.bannerFreshnessProperty().get().name().toLowerCase(Locale.ROOT));
        };
        model.bannerFreshnessProperty().addListener(o -> show.run());
        show.run();
        return bar;
    }
}
