package io.watchfloor.connectors.servicenow;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code sys_journal_field}: a work note or comment on a record. Immutable.
 *
 * @param sysId    the journal entry's sys_id
 * @param incident the sys_id of the record it belongs to ({@code element_id})
 * @param element  the journal field: {@code work_notes} or {@code comments}
 * @param text     what it says ({@code value})
 * @param at       when it was written ({@code sys_created_on}, UTC)
 * @param by       who wrote it ({@code sys_created_by}, a user name), "" when not given
 */
record JournalNote(String sysId, String incident, String element, String text, Instant at, String by) {
    JournalNote {
        Objects.requireNonNull(sysId, "sysId");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    boolean workNote() {
        return element.equals("work_notes");
    }
}
