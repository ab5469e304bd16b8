package io.watchfloor.connectors.icinga;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A monitored Icinga object: a host ({@code web-01}) or a service of a host ({@code web-01!http}). The
 * text form is Icinga's own full object name and Watchfloor's alert fingerprint. Immutable.
 *
 * @param host    the host name
 * @param service the service name, for a service
 */
record IcingaObject(String host, Optional<String> service) {

    /** Parses {@code host} or {@code host!service}; the host part must not be blank. */
    static IcingaObject parse(String name) {
        int bang = name.indexOf('!');
        if (bang < 0) {
            return new IcingaObject(requireText(name), Optional.empty());
        }
        return new IcingaObject(requireText(name.substring(0, bang)), Optional.of(requireText(name.substring(bang + 1))));
    }

    String fullName() {
        return service.map(s -> host + "!" + s).orElse(host);
    }

    /** "Host" or "Service", the action {@code type}. */
    String type() {
        return service.isPresent() ? "Service" : "Host";
    }

    /** Adds {@code type}, {@code filter} and {@code filter_vars} that select exactly this object. */
    void addFilter(ObjectNode body) {
        body.put("type", type());
        ObjectNode vars = body.putObject("filter_vars");
        vars.put("wf_host", host);
        if (service.isPresent()) {
            body.put("filter", "host.name == wf_host && service.name == wf_service");
            vars.put("wf_service", service.get());
        } else {
            body.put("filter", "host.name == wf_host");
        }
    }

    private static String requireText(String s) {
        if (s.isBlank()) {
            throw new IllegalArgumentException("not an Icinga object name: '" + s + "'");
        }
        return s;
    }
}
