package io.watchfloor.app.console;

import io.watchfloor.core.ActionOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FX-thread confined. Desktop notifications (ControlsFX {@link Notifications}, in the console window's corner):
 * one per new critical alert (clicking it selects the alert, so A acknowledges it), and one per action the
 * upstream refused or that failed, with the reason. More than {@link #THRESHOLD} at once collapse into one
 * summary. Nothing is shown while the console is not in a showing window; the status line has it all anyway.
 */
final class ConsoleNotifier {
    static final int THRESHOLD = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleNotifier.class);

    private final Node anchor;
    private final Consumer<String> selectKey;
    private final List<String> shown = new ArrayList<>();

    ConsoleNotifier(Node anchor, Consumer<String> selectKey) {
        this.anchor = anchor;
        this.selectKey = selectKey;
    }

    /** Announces new critical alerts. */
    void criticals(List<CriticalWatch.Notice> notices) {
        for (CriticalWatch.Notice n : notices) {
            String key = n.alert().key();
            show(n.title(), n.text(), "mdi2a-alert-octagon", "wf-notice-critical", Duration.seconds(30),
                    () -> selectKey.accept(key));
        }
    }

    /** Announces a refused or failed action; accepted ones only reach the status line. */
    void answered(ConsoleActions.Report r) {
        if (r.outcome() instanceof ActionOutcome.Accepted) {
            return;
        }
        boolean rejected = r.outcome() instanceof ActionOutcome.Rejected;
        String key = r.action().target().key();
        show((rejected ? "Refused: " : "Failed: ") + r.action().kind().verb() + " " + r.action().target().display(),
                r.outcome().summary(), rejected ? "mdi2c-close-octagon-outline" : "mdi2a-alert-outline",
                rejected ? "wf-notice-rejected" : "wf-notice-failed", Duration.seconds(15), ()
                        -> selectKey.accept(key));
    }

    private void show(String title, String text, String icon, String styleClass, Duration hideAfter, Runnable onClick) {
        shown.add(title);
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            LOG.debug("no window to notify in: {}", title);
            return;
        }
        try {
            Notifications.create()
                    .owner(window)
                    .title(title)
                    .text(text)
                    .graphic(ConsoleIcons.icon(icon, "wf-notice-icon", styleClass))
                    .position(Pos.TOP_RIGHT)
                    .hideAfter(hideAfter)
                    .styleClass("wf-notice", styleClass)
                    .darkStyle()
                    .threshold(THRESHOLD, Notifications.create().owner(window).title("Watchfloor")
                            .text("Several new notifications: see the status line and the list")
                            .position(Pos.TOP_RIGHT).darkStyle())
                    .onAction(e -> onClick.run())
                    .show();
        } catch (RuntimeException e) {
            // a notification is a courtesy: the list and the status line show the same; never fail the pulse for it
            LOG.warn("could not show the notification '{}'", title, e);
        }
    }

    /** Titles of every notification decided so far, newest last (for tests and diagnostics). */
    List<String> shown() {
        return List.copyOf(shown);
    }
}
