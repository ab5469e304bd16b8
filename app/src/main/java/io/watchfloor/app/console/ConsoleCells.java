package io.watchfloor.app.console;

import io.watchfloor.app.ui.StyleClassSwitch;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The table's cells: each shows its value as text and, where the value is a state, an icon too (never colour
 * alone), with a style class per state for the theme. FX-thread confined.
 */
final class ConsoleCells {
    private ConsoleCells() {
    }

    /** Plain text with a style class, and the full text as a tooltip when it may be cut. */
    static final class TextCell extends TableCell<ConsoleRow, String> {
        private final Tooltip tip = new Tooltip();

        TextCell(String styleClass) {
            getStyleClass().add(styleClass);
            tip.textProperty().bind(textProperty());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : tip);
        }
    }

    /** {@code INC} with a ticket icon, or {@code ALERT} with a bell. */
    static final class TypeCell extends TableCell<ConsoleRow, ConsoleRow.Kind> {
        private final FontIcon icon = ConsoleIcons.icon(ConsoleIcons.ALERT);

        TypeCell() {
            getStyleClass().add("wf-cell-type");
        }

        @Override
        protected void updateItem(ConsoleRow.Kind item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean incident = item == ConsoleRow.Kind.INCIDENT;
            setText(incident ? "INC" : "ALERT");
            icon.setIconLiteral(incident ? ConsoleIcons.INCIDENT : ConsoleIcons.ALERT);
            setGraphic(icon);
        }
    }

    /** The severity or priority: icon, word and the level's colour. */
    static final class LevelCell extends TableCell<ConsoleRow, Urgency> {
        private final FontIcon icon = ConsoleIcons.icon(ConsoleIcons.INCIDENT);

        LevelCell() {
            getStyleClass().add("wf-cell-level");
        }

        @Override
        protected void updateItem(Urgency item, boolean empty) {
            super.updateItem(item, empty);
            StyleClassSwitch.clear(this, "wf-sev-");
            StyleClassSwitch.clear(this, "wf-priority-");
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add(item.styleClass());
            setText(item.label());
            icon.setIconLiteral(item.styleClass().startsWith("wf-sev-")
                    ? ConsoleIcons.severity(item.level()) : ConsoleIcons.INCIDENT);
            setGraphic(icon);
        }
    }

    /** The row's age, following the row's one-second tick. */
    static final class AgeCell extends TableCell<ConsoleRow, ConsoleRow> {
        AgeCell() {
            getStyleClass().add("wf-cell-age");
        }

        @Override
        protected void updateItem(ConsoleRow item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(item.ageProperty());
            }
        }
    }

    /** The SLA countdown of the incident's most urgent clock. */
    static final class SlaCellView extends TableCell<ConsoleRow, SlaCell> {
        private final FontIcon icon = ConsoleIcons.icon(ConsoleIcons.SLA);

        SlaCellView() {
            getStyleClass().add("wf-cell-sla");
        }

        @Override
        protected void updateItem(SlaCell item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.text().isEmpty()) {
                StyleClassSwitch.clear(this, "wf-sla-");
                setText(null);
                setGraphic(null);
                return;
            }
            StyleClassSwitch.select(this, "wf-sla-", item.level());
            icon.setIconLiteral(ConsoleIcons.sla(item.level()));
            setText(item.text());
            setGraphic(icon);
        }
    }

    /** Our newest action on the row: pending (hourglass), accepted, rejected with the reason, failed. */
    static final class MarkerCell extends TableCell<ConsoleRow, RowMarker> {
        private final FontIcon icon = ConsoleIcons.icon(ConsoleIcons.marker(RowMarker.State.PENDING));
        private final Tooltip tip = new Tooltip();

        MarkerCell() {
            getStyleClass().add("wf-cell-marker");
            setContentDisplay(ContentDisplay.LEFT);
            tip.textProperty().bind(Bindings.createStringBinding(() -> getText() == null ? "" : getText(),
                    textProperty()));
        }

        @Override
        protected void updateItem(RowMarker item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.state() == RowMarker.State.NONE) {
                StyleClassSwitch.clear(this, "wf-marker-");
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            StyleClassSwitch.select(this, "wf-marker-", item.state().styleSuffix());
            icon.setIconLiteral(ConsoleIcons.marker(item.state()));
            setText(item.text());
            setGraphic(icon);
            setTooltip(tip);
        }
    }
}
