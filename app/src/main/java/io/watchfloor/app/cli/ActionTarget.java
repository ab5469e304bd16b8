package io.watchfloor.app.cli;

import io.watchfloor.core.Alert;
import io.watchfloor.core.BoardState;
import io.watchfloor.core.Incident;
import io.watchfloor.core.TargetRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the command line names as a target: an incident by number (INC0010044) or desk id, an alert by
 * fingerprint (or a unique prefix of at least 6 characters), each optionally as {@code SOURCE/ID}.
 */
record ActionTarget(Optional<Alert> alert, Optional<Incident> incident) {

    TargetRef ref() {
        return alert.map(TargetRef::of).orElseGet(() -> TargetRef.of(incident.orElseThrow()));
    }

    /** Finds the target on the board; the message says why when it cannot. */
    static ActionTarget find(BoardState board, String text) {
        String wanted = text.trim();
        String source = null;
        int slash = wanted.indexOf('/');
        if (slash > 0) {
            source = wanted.substring(0, slash);
            wanted = wanted.substring(slash + 1);
        }
        String id = wanted;
        String src = source;
        List<Incident> incidents = board.incidents().stream()
                .filter(i -> src == null || i.source().value().equals(src))
                .filter(i -> i.number().equalsIgnoreCase(id) || i.id().equals(id)).toList();
        if (incidents.size() == 1) {
            return new ActionTarget(Optional.empty(), Optional.of(incidents.get(0)));
        }
        List<Alert> alerts = board.alerts().stream()
                .filter(a -> src == null || a.source().value().equals(src))
                .filter(a -> a.fingerprint().equals(id)
                        || (id.length() >= 6 && a.fingerprint().startsWith(id.toLowerCase(Locale.ROOT))))
                .toList();
        if (alerts.size() == 1 && incidents.isEmpty()) {
            return new ActionTarget(Optional.of(alerts.get(0)), Optional.empty());
        }
        if (alerts.size() + incidents.size() > 1) {
            throw new IllegalArgumentException("'" + text + "' matches more than one alert or incident; give SOURCE/ID");
        }
        throw new IllegalArgumentException("no open incident or firing alert '" + text + "' on the board"
                + " (incidents by number, alerts by fingerprint: see 'watchfloor incidents' and 'watchfloor alerts')");
    }
}
