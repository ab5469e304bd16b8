package io.watchfloor.app.console;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * FX-thread confined. The console's status line and its short history: what was sent, what the upstream
 * answered, why a key did nothing. Newest first, at most {@link #CAPACITY} messages.
 */
final class StatusLog {
    static final int CAPACITY = 100;

    /** How a message reads: plain information, success, a warning or an error. */
    enum Level {
        INFO,
        OK,
        WARN,
        ERROR;

        String styleSuffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One message. */
    record Message(Instant at, Level level, String text) {
        Message {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
        }
    }

    private final ObservableList<Message> messages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> latest =
            new ReadOnlyObjectWrapper<>(this, "latest", new Message(Instant.EPOCH, Level.INFO,
                    "Ready. Press ? for keys."));

    void add(Instant at, Level level, String text) {
        Message m = new Message(at, level, text);
        messages.add(0, m);
        if (messages.size() > CAPACITY) {
            messages.remove(CAPACITY, messages.size());
        }
        latest.set(m);
    }

    ObservableList<Message> messages() {
        return FXCollections.unmodifiableObservableList(messages);
    }

    ReadOnlyObjectProperty<Message> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    Message latest() {
        return latest.get();
    }
}
