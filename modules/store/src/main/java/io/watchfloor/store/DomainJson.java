package io.watchfloor.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceEvent;
import io.watchfloor.core.SourceId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The stored JSON form of core values: operator actions (outbox) and source events (cache).
 *
 * <p>Strict on reading: an unknown or missing field is an error, so that a row written by another
 * version is refused rather than half-read. Instants and durations are ISO-8601 strings, exact to the
 * nanosecond; {@link SourceId} is a plain string; an empty {@code Optional} is {@code null}.
 * Thread-safe.
 */
final class DomainJson {
    private static final TypeReference<List<SourceEvent>> EVENTS = new TypeReference<>() {
    };
    /** The one codec of this process (Jackson mappers are thread-safe and costly to build). */
    static final DomainJson SHARED = new DomainJson();

    private final ObjectWriter actionWriter;
    private final ObjectReader actionReader;
    private final ObjectWriter eventsWriter;
    private final ObjectReader eventsReader;

    private DomainJson() {
        SimpleModule ids = new SimpleModule("watchfloor-ids");
        ids.addSerializer(SourceId.class, new SourceIdSerializer());
        ids.addDeserializer(SourceId.class, new SourceIdDeserializer());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(ids)
                .addMixIn(OperatorAction.class, DomainMixIns.ActionMixIn.class)
                .addMixIn(SourceEvent.class, DomainMixIns.EventMixIn.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        actionWriter = mapper.writerFor(OperatorAction.class);
        actionReader = mapper.readerFor(OperatorAction.class);
        eventsWriter = mapper.writerFor(EVENTS);
        eventsReader = mapper.readerFor(EVENTS);
    }

    /** The action as JSON text. */
    String writeAction(OperatorAction action) {
        try {
            return actionWriter.writeValueAsString(action);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode action " + action.id() + ": " + e.getMessage(), e);
        }
    }

    /** Reads an action written by {@link #writeAction}. */
    OperatorAction readAction(String json) throws IOException {
        return actionReader.readValue(json);
    }

    /** The events as deflated JSON (a cache row of 10,000 alerts shrinks about tenfold). */
    byte[] writeEvents(List<SourceEvent> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 64 * 1024)) {
            eventsWriter.writeValue(out, events);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode source events: " + e.getMessage(), e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** Reads events written by {@link #writeEvents}. */
    List<SourceEvent> readEvents(byte[] deflated) throws IOException {
        Inflater inflater = new Inflater();
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated), inflater, 64 * 1024)) {
            return eventsReader.readValue(in);
        } finally {
            inflater.end();
        }
    }

    /** {@link SourceId} as its plain value. */
    private static final class SourceIdSerializer extends StdSerializer<SourceId> {
        private static final long serialVersionUID = 1L;

        SourceIdSerializer() {
            super(SourceId.class);
        }

        @Override
        public void serialize(SourceId value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.value());
        }
    }

    /** {@link SourceId} from its plain value; an invalid id is a format error. */
    private static final class SourceIdDeserializer extends StdDeserializer<SourceId> {
        private static final long serialVersionUID = 1L;

        SourceIdDeserializer() {
            super(SourceId.class);
        }

        @Override
        public SourceId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (SourceId) ctxt.handleUnexpectedToken(SourceId.class, p);
            }
            try {
                return SourceId.of(p.getText());
            } catch (IllegalArgumentException e) {
                return (SourceId) ctxt.handleWeirdStringValue(SourceId.class, p.getText(), e.getMessage());
            }
        }
    }
}
