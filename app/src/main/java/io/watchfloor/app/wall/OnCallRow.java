package io.watchfloor.app.wall;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Who holds one role now, on the on-call tile. Immutable; any thread.
 *
 * @param role    the role
 * @param name    who holds it; empty when nobody does now
 * @param contact how to reach them
 * @param until   when their window ends; empty for all day
 */
public record OnCallRow(String role, Optional<String> name, Optional<String> contact, Optional<LocalTime> until) {
    public OnCallRow {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(until, "until");
    }
}
