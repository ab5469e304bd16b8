package io.watchfloor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.SourceEvent;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DomainJsonTest {
    private final DomainJson json = DomainJson.SHARED;

    @Test
    void everyKindOfActionReadsBackEqual() throws IOException {
        List<OperatorAction> actions = Samples.everyAction("x");
        Set<Class<?>> sampled = actions.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(sampled).as("a sample of every OperatorAction subtype")
                .containsExactlyInAnyOrder(OperatorAction.class.getPermittedSubclasses());

        for (OperatorAction a : actions) {
            String text = json.writeAction(a);
            assertThat(json.readAction(text)).as(text).isEqualTo(a);
        }
    }

    @Test
    void theStoredActionNamesItsTypeAndUsesIsoInstants() {
        String text = json.writeAction(Samples.everyAction("x").get(0));
        assertThat(text).contains("\"type\":\"acknowledge\"", "\"takenAt\":\"2026-11-27T02:00:00.123456789Z\"",
                "\"duration\":\"PT30M\"", "\"source\":\"am\"");
    }

    @Test
    void everyKindOfSourceEventReadsBackEqual() throws IOException {
        List<SourceEvent> events = List.of(Samples.alerts(20), Samples.incidents(), Samples.availability(),
                new SourceEvent.SourceFailed(Samples.AM, Samples.T0, "connection refused"));
        assertThat(events.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SourceEvent.class.getPermittedSubclasses());

        assertThat(json.readEvents(json.writeEvents(events))).isEqualTo(events);
    }

    @Test
    void anActionWithAnUnknownFieldIsRefusedRatherThanHalfRead() {
        String text = json.writeAction(Samples.note("n-1", Samples.T0)).replace("{", "{\"urgency\":3,");
        assertThatThrownBy(() -> json.readAction(text)).isInstanceOf(IOException.class).hasMessageContaining("urgency");
    }

    @Test
    void anActionWithAMissingFieldIsRefused() {
        String text = json.writeAction(Samples.note("n-1", Samples.T0)).replace(",\"customerVisible\":false", "");
        assertThatThrownBy(() -> json.readAction(text)).isInstanceOf(IOException.class)
                .hasMessageContaining("customerVisible");
    }

    @Test
    void anUnknownActionTypeIsRefused() {
        String text = json.writeAction(Samples.note("n-1", Samples.T0)).replace("\"annotate\"", "\"teleport\"");
        assertThatThrownBy(() -> json.readAction(text)).isInstanceOf(IOException.class).hasMessageContaining("teleport");
    }

    @Test
    void damagedEventBytesAreAnIoError() {
        byte[] bytes = json.writeEvents(List.of(Samples.availability()));
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> json.readEvents(cut)).isInstanceOf(IOException.class);
    }
}
