package io.watchfloor.simulator.servicenow;

import java.util.Objects;
import java.util.function.Supplier;

/** One field value of a record, with its display value. Immutable. */
sealed interface Field {

    /** The stored value ("" when empty); a reference's sys_id. */
    String value();

    /** What the UI shows. */
    String display();

    /** A plain value (string, choice, date, boolean, number: all strings). */
    record Plain(String value, String display) implements Field {
        public Plain {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(display, "display");
        }
    }

    /** A reference to a record of {@code table}; {@code id} "" is an empty reference. */
    record Ref(String table, String value, String display) implements Field {
        public Ref {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(display, "display");
        }

        boolean empty() {
            return value.isEmpty();
        }
    }

    /**
     * A journal field: the value reads "", the display value is the journal text, written when first asked
     * for: most reads and every write's answer name the fields they want, and the journal text of an incident
     * with many notes is the costliest field to write. Asked for under the simulator lock, like the row it is
     * part of.
     */
    final class Journal implements Field {
        private final Supplier<String> text;
        private String display;

        Journal(Supplier<String> text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        @Override
        public String value() {
            return "";
        }

        @Override
        public String display() {
            if (display == null) {
                display = Objects.requireNonNull(text.get(), "journal text");
            }
            return display;
        }
    }

    static Field of(String value) {
        return new Plain(value, value);
    }

    static Field of(String value, String display) {
        return new Plain(value, display);
    }
}
