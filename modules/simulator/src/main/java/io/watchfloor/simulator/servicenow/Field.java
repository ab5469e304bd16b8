package io.watchfloor.simulator.servicenow;

import java.util.Objects;

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

    /** A journal field: the value reads "", the display value is the journal text. */
    record Journal(String display) implements Field {
        public Journal {
            Objects.requireNonNull(display, "display");
        }

        @Override
        public String value() {
            return "";
        }
    }

    static Field of(String value) {
        return new Plain(value, value);
    }

    static Field of(String value, String display) {
        return new Plain(value, display);
    }
}
