package io.watchfloor.bench.load;

import io.watchfloor.core.Alert;
import io.watchfloor.core.EscalationMatrix;
import io.watchfloor.core.Incident;
import io.watchfloor.core.Operator;
import io.watchfloor.core.OperatorAction;
import io.watchfloor.core.Role;
import io.watchfloor.core.TargetRef;
import io.watchfloor.engine.action.ActionRequests;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Operator actions as people take them on a NOC board, made the way the console makes them
 * ({@link ActionRequests}: a new id, the operator, the clock's instant): acknowledgements of firing alerts with a
 * note, work notes on open incidents, silences, assignments. Thread-confined; the lists it returns are immutable.
 */
public final class ActionMix {
    /** The operator of every benchmark action (a lead may do everything). */
    public static final Operator OPERATOR = new Operator("Bench Operator", Role.LEAD);
    /** How long an acknowledgement (an Alertmanager silence) lasts, as in the sample config. */
    public static final Duration ACK_FOR = Duration.ofHours(4);

    private static final String NOTE = "Customer impact confirmed by the payments desk; rolling back deploy"
            + " 2026-11-27.3 (change CHG0031337), next update in 30 minutes";

    private final ActionRequests requests;
    private final List<Alert> alerts;
    private final List<Incident> incidents;

    /**
     * @param clock     when the actions are taken (an offset clock for actions queued a while ago)
     * @param alerts    targets for alert actions: the firing alerts of a board
     * @param incidents targets for incident actions: the open incidents of a board
     */
    public ActionMix(Clock clock, List<Alert> alerts, List<Incident> incidents) {
        if (alerts.isEmpty() || incidents.isEmpty()) {
            throw new IllegalArgumentException("the action mix needs alerts and incidents as targets, got "
                    + alerts.size() + " and " + incidents.size());
        }
        this.requests = new ActionRequests(OPERATOR, clock, EscalationMatrix.DEFAULT, ACK_FOR);
        this.alerts = List.copyOf(alerts);
        this.incidents = List.copyOf(incidents);
    }

    /** The firing alerts and open incidents of {@code alerts} and {@code incidents}. */
    public static ActionMix onOpenTargets(Clock clock, List<Alert> alerts, List<Incident> incidents) {
        return new ActionMix(clock, alerts.stream().filter(Alert::firing).toList(),
                incidents.stream().filter(i -> i.state().open()).toList());
    }

    /**
     * The {@code i}-th action of a rotating mix of every kind an operator queues most: acknowledge an alert (with a
     * note), a work note on an incident, silence an alert for a maintenance window, assign an incident.
     */
    public OperatorAction rotating(long i) {
        int k = (int) Math.floorMod(i, 4L);
        Alert alert = alerts.get((int) Math.floorMod(i * 7919L, (long) alerts.size()));
        Incident incident = incidents.get((int) Math.floorMod(i * 104_729L, (long) incidents.size()));
        switch (k) {
            case 0:
                return requests.acknowledge(TargetRef.of(alert), Optional.of("looking into it"));
            case 1:
                return requests.annotate(TargetRef.of(incident), NOTE, false);
            case 2:
                return requests.silence(alert, Duration.ofHours(2), "maintenance window of " + alert.service(), List.of());
            default:
                return requests.assign(TargetRef.of(incident), Optional.of(OPERATOR.name()), Optional.of("Network Operations"));
        }
    }

    /**
     * A replay's queue of {@code n} actions: {@code acks} of them acknowledge as many distinct firing alerts (one
     * each: an alert is acknowledged once), the others put work notes on the open incidents in turn (several per
     * incident, as notes pile up during an outage). Interleaved evenly, as operators take them.
     *
     * @throws IllegalArgumentException when there are fewer firing alerts than acknowledgements asked for
     */
    public List<OperatorAction> replayQueue(int n, int acks) {
        if (acks < 0 || acks > n || alerts.size() < acks) {
            throw new IllegalArgumentException(acks + " acknowledgements of " + n + " actions need as many firing"
                    + " alerts; the board has " + alerts.size());
        }
        List<OperatorAction> out = new ArrayList<>(n);
        int ack = 0;
        int note = 0;
        for (int i = 0; i < n; i++) {
            // the i-th action is an acknowledgement when it brings their count to the share due by then
            if ((long) (ack + 1) * n <= (long) (i + 1) * acks) {
                out.add(requests.acknowledge(TargetRef.of(alerts.get(ack++)), Optional.of("looking into it")));
            } else {
                Incident target = incidents.get(note % incidents.size());
                out.add(requests.annotate(TargetRef.of(target), NOTE + " (" + ++note + ")", false));
            }
        }
        return List.copyOf(out);
    }
}
