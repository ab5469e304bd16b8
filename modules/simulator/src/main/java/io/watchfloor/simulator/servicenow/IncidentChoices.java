package io.watchfloor.simulator.servicenow;

import java.util.Map;
import java.util.Optional;

/** The incident choice lists (codes and labels) and the priority data lookup (impact x urgency). */
final class IncidentChoices {
    static final Map<String, String> STATE = Map.of("1", "New", "2", "In Progress", "3", "On Hold",
            "6", "Resolved", "7", "Closed", "8", "Canceled");
    static final Map<String, String> IMPACT = Map.of("1", "1 - High", "2", "2 - Medium", "3", "3 - Low");
    static final Map<String, String> PRIORITY = Map.of("1", "1 - Critical", "2", "2 - High", "3", "3 - Moderate",
            "4", "4 - Low", "5", "5 - Planning");
    static final Map<String, String> HOLD_REASON = Map.of("1", "Awaiting Caller", "3", "Awaiting Problem",
            "4", "Awaiting Vendor", "5", "Awaiting Change");
    static final Map<String, String> CATEGORY = Map.of("software", "Software", "hardware", "Hardware",
            "network", "Network", "database", "Database", "inquiry", "Inquiry / Help");

    private IncidentChoices() {
    }

    /** The standard lookup: priority = impact + urgency - 1, i.e. 1/1 gives 1 and 3/3 gives 5. */
    static int priority(String impact, String urgency) {
        return Integer.parseInt(impact) + Integer.parseInt(urgency) - 1;
    }

    static boolean active(String state) {
        return state.equals("1") || state.equals("2") || state.equals("3");
    }

    static String label(Map<String, String> choices, String code) {
        return choices.getOrDefault(code, code);
    }

    /** The code for a code or (when {@code byLabel}) a label, case-insensitive; empty if neither. */
    static Optional<String> code(Map<String, String> choices, String text, boolean byLabel) {
        if (choices.containsKey(text)) {
            return Optional.of(text);
        }
        if (!byLabel) {
            return Optional.empty();
        }
        return choices.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(text)
                || e.getValue().replaceFirst("^\\d - ", "").equalsIgnoreCase(text)).map(Map.Entry::getKey).findFirst();
    }
}
