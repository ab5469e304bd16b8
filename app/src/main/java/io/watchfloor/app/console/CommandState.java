package io.watchfloor.app.console;

import java.util.List;

/**
 * Whether a command can run on the current selection, and if not, why (shown on the button and in the status
 * line). Immutable.
 *
 * @param enabled whether it can run
 * @param reason  why not ("needs the lead role; you are operator"), or what it would act on when enabled
 * @param targets the selected rows it would act on (empty when disabled)
 */
record CommandState(boolean enabled, String reason, List<ConsoleRow> targets) {
    CommandState {
        targets = List.copyOf(targets);
    }

    static CommandState enabled(List<ConsoleRow> targets) {
        return new CommandState(true, "", targets);
    }

    static CommandState disabled(String reason) {
        return new CommandState(false, reason, List.of());
    }
}
