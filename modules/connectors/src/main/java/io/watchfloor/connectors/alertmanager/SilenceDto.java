package io.watchfloor.connectors.alertmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Alertmanager v2 {@code gettableSilence}. {@code annotations} (0.32+) and other unknown fields are
 * ignored. Timestamps stay strings and are parsed by {@link AlertMapper}.
 */
record SilenceDto(String id, List<Matcher> matchers, String startsAt, String endsAt, String updatedAt,
                  String createdBy, String comment, Status status) {

    SilenceDto {
        matchers = matchers == null ? List.of() : matchers;
    }

    /** {@code status.state}: expired, active or pending. */
    record Status(String state) {
    }

    /** One matcher; {@code isEqual} defaults to true when absent (older servers). */
    record Matcher(String name, String value, @JsonProperty("isRegex") Boolean isRegex,
                   @JsonProperty("isEqual") Boolean isEqual) {
    }
}
