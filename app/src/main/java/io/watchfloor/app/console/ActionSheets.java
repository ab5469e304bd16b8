package io.watchfloor.app.console;

import io.watchfloor.core.Alert;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.EscalationTier;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Priority;
import io.watchfloor.core.Role;
import io.watchfloor.core.SourceId;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * FX-thread confined. The forms of the commands that need input: acknowledge with a note, escalate (reason),
 * annotate (note, internal unless ticked customer-visible), assign (person, group), resolve (close code, notes),
 * silence (duration, comment) and create incident (title, priority). Each acts on the rows the command's
 * {@link CommandState} names and sends through {@link ConsoleActions}.
 */
final class ActionSheets {
    /** Close codes offered for ServiceNow resolves (the list differs per instance: the box is editable). */
    static final List<String> CLOSE_CODES = List.of("Solved (Permanently)", "Solved (Work Around)",
            "Solved Remotely (Permanently)", "Solved Remotely (Work Around)", "Not Solved (Not Reproducible)",
            "Not Solved (Too Costly)", "Closed/Resolved by Caller");
    static final String DEFAULT_SILENCE = "2h";

    private final ConsoleActions actions;
    private final ConsoleViewModel vm;
    private final SheetHost host;

    ActionSheets(ConsoleActions actions, ConsoleViewModel vm, SheetHost host) {
        this.actions = actions;
        this.vm = vm;
        this.host = host;
    }

    /** Opens the form of {@code command} for the rows {@code state} names; false when it needs no form. */
    boolean open(ConsoleCommand command, CommandState state) {
        List<ConsoleRow> rows = state.targets();
        Sheet sheet;
        switch (command) {
            case ACKNOWLEDGE_WITH_NOTE -> sheet = acknowledge(rows);
            case ESCALATE -> sheet = escalate(rows);
            case ANNOTATE -> sheet = annotate(rows);
            case ASSIGN -> sheet = assign(rows);
            case RESOLVE -> sheet = resolve(rows);
            case SILENCE -> sheet = silence(rows);
            case CREATE_INCIDENT -> sheet = createIncident(rows.get(0));
            default -> {
                return false;
            }
        }
        host.show(sheet);
        return true;
    }

    private Sheet acknowledge(List<ConsoleRow> rows) {
        Sheet s = new Sheet("sheet-acknowledge", ConsoleCommand.ACKNOWLEDGE.icon(),
                "Acknowledge " + heading(rows), targets(rows),
                "Acknowledge");
        TextField note = s.field("Note", new TextField(), "optional; written with the acknowledgement");
        note.setId("sheet-note");
        s.onConfirm(() -> {
            actions.acknowledge(rows, optional(note.getText()));
            return Optional.empty();
        });
        return s;
    }

    private Sheet escalate(List<ConsoleRow> rows) {
        Sheet s = new Sheet("sheet-escalate", ConsoleCommand.ESCALATE.icon(),
                "Escalate " + heading(rows), targets(rows), "Escalate");
        EscalationMatrix m = actions.matrix();
        for (ConsoleRow r : rows) {
            Incident i = r.incident().orElseThrow();
            s.info(i.number(), tier(m.tier(m.tierOf(i))) + "  \u2192  " + m.next(i).map(n
                    -> tier(m.tier(n))).orElse("?"));
        }
        TextArea reason = area(s.field("Reason", new TextArea(), "required; goes into the work note"), "sheet-reason");
        s.onConfirm(() -> {
            if (reason.getText().isBlank()) {
                return Optional.of("An escalation needs a reason.");
            }
            actions.escalate(rows, reason.getText().strip());
            return Optional.empty();
        });
        return s;
    }

    private Sheet annotate(List<ConsoleRow> rows) {
        Sheet s = new Sheet("sheet-annotate", ConsoleCommand.ANNOTATE.icon(),
                "Note on " + heading(rows), targets(rows), "Add note");
        TextArea text = area(s.field("Note", new TextArea(), "internal work note unless ticked below"), "sheet-note");
        CheckBox visible = s.field("Visibility", new CheckBox("Customer-visible comment (Alt+V)"),
                "ticked: the caller sees it (ServiceNow 'Additional comments')");
        visible.setId("sheet-customer-visible");
        s.onKey(new KeyCodeCombination(KeyCode.V, KeyCombination.ALT_DOWN), ()
                -> visible.setSelected(!visible.isSelected()));
        s.onConfirm(() -> {
            if (text.getText().isBlank()) {
                return Optional.of("The note is empty.");
            }
            actions.annotate(rows, text.getText().strip(), visible.isSelected());
            return Optional.empty();
        });
        return s;
    }

    private Sheet assign(List<ConsoleRow> rows) {
        Sheet s = new Sheet("sheet-assign", ConsoleCommand.ASSIGN.icon(),
                "Assign " + heading(rows), targets(rows), "Assign");
        TextField person = s.field("Assignee", new TextField(actions.operatorName()), "a desk user; empty to keep");
        person.setId("sheet-assignee");
        Set<String> groups = new LinkedHashSet<>();
        rows.forEach(r -> r.incident().flatMap(Incident::group).ifPresent(groups::add));
        actions.matrix().tiers().forEach(t -> t.group().ifPresent(groups::add));
        ComboBox<String> group = s.field("Group", new ComboBox<>(), actions.role() == Role.LEAD
                ? "empty to keep the group" : "reassigning the group needs the lead role");
        group.setId("sheet-group");
        group.setEditable(true);
        group.getItems().setAll(groups);
        group.setDisable(actions.role() != Role.LEAD);
        s.onConfirm(() -> {
            Optional<String> p = optional(person.getText());
            Optional<String> g = group.isDisabled() ? Optional.empty() : optional(group.getEditor().getText());
            if (p.isEmpty() && g.isEmpty()) {
                return Optional.of("Name a person or a group.");
            }
            actions.assign(rows, p, g);
            return Optional.empty();
        });
        return s;
    }

    private Sheet resolve(List<ConsoleRow> rows) {
        Sheet s = new Sheet("sheet-resolve", ConsoleCommand.RESOLVE.icon(),
                "Resolve " + heading(rows), targets(rows), "Resolve");
        ComboBox<String> code = s.field("Close code", new ComboBox<>(), "as the desk's choice list names it");
        code.setId("sheet-close-code");
        code.setEditable(true);
        code.getItems().setAll(CLOSE_CODES);
        code.getEditor().setText(CLOSE_CODES.get(0));
        TextArea notes = area(s.field("Close notes", new TextArea(), "required by the desk"), "sheet-close-notes");
        s.onConfirm(() -> {
            String c = code.getEditor().getText().strip();
            if (c.isEmpty() || notes.getText().isBlank()) {
                return Optional.of("Resolving needs a close code and close notes.");
            }
            actions.resolve(rows, c, notes.getText().strip());
            return Optional.empty();
        });
        return s;
    }

    private Sheet silence(List<ConsoleRow> rows) {
        Sheet s = new Sheet("sheet-silence", ConsoleCommand.SILENCE.icon(),
                "Silence " + heading(rows), targets(rows), "Silence");
        TextField duration = s.field("Duration", new TextField(DEFAULT_SILENCE), "30m, 2h, 1h30m, 1d (at most 7d)");
        duration.setId("sheet-duration");
        TextField comment = s.field("Comment", new TextField(), "required; shown on the silence");
        comment.setId("sheet-comment");
        s.info("Matches", "every label of " + (rows.size() == 1 ? "the alert" : "each alert") + ", exactly");
        s.onConfirm(() -> {
            Optional<Duration> d = DurationInput.parse(duration.getText());
            if (d.isEmpty()) {
                return Optional.of("'" + duration.getText() + "' is not a duration between 1s and 7d (e.g. 2h).");
            }
            if (comment.getText().isBlank()) {
                return Optional.of("A silence needs a comment.");
            }
            actions.silence(rows, d.get(), comment.getText().strip());
            return Optional.empty();
        });
        return s;
    }

    private Sheet createIncident(ConsoleRow row) {
        Alert a = row.alert().orElseThrow();
        SourceId desk = ActionRules.desk(vm.board()).orElseThrow();
        Sheet s = new Sheet("sheet-create-incident", ConsoleCommand.CREATE_INCIDENT.icon(), "Create incident for "
                + a.name(),
                targets(List.of(row)), "Create");
        s.info("Desk", desk.value());
        TextField title = s.field("Title", new TextField(a.name() + ": " + a.summary()), "short description");
        title.setId("sheet-title");
        ComboBox<Priority> priority = s.field("Priority", new ComboBox<>(),
                "from the alert's severity; change if needed");
        priority.setId("sheet-priority");
        priority.getItems().setAll(Priority.values());
        priority.setValue(Priority.values()[Math.min(a.severity().ordinal(), Priority.values().length - 1)]);
        s.onConfirm(() -> {
            if (title.getText().isBlank()) {
                return Optional.of("The incident needs a title.");
            }
            actions.createIncident(row, desk, title.getText().strip(), priority.getValue());
            return Optional.empty();
        });
        return s;
    }

    private static TextArea area(TextArea a, String id) {
        a.setId(id);
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }

    private static String tier(EscalationTier t) {
        return t.name() + t.group().map(g -> " (" + g + ")").orElse("");
    }

    private static Optional<String> optional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** The row's number or name, or {@code 3 rows}. */
    static String heading(List<ConsoleRow> rows) {
        return rows.size() == 1 ? rows.get(0).values().ref() : rows.size() + " rows";
    }

    /** {@code INC0012071 · Checkout returns HTTP 502...}, or {@code 3 rows: INC1, INC2, Name}. */
    static String targets(List<ConsoleRow> rows) {
        if (rows.size() == 1) {
            RowValues v = rows.get(0).values();
            return v.ref() + " \u00b7 " + v.title();
        }
        String names = rows.stream().limit(6).map(r -> r.values().ref()).collect(Collectors.joining(", "));
        return rows.size() + " rows: " + names + (rows.size() > 6 ? ", \u2026" : "");
    }
}
