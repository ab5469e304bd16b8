package io.watchfloor.simulator.servicenow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replays an incident's history through the SLA rules of the simulated desk: the response SLA runs from
 * opening until the incident is assigned or leaves New; the resolution SLA runs until Resolved or Closed
 * and pauses while On Hold; Canceled cancels both; a priority change cancels the running SLAs and attaches
 * those of the new priority; reopening starts a new resolution SLA.
 */
final class SlaTimeline {
    private final List<Run> runs = new ArrayList<>();
    private Run response;
    private Run resolution;
    private boolean responded;

    /** A mutable SLA while replaying. */
    private static final class Run {
        final SlaDefinition definition;
        final Instant start;
        Instant end;
        String stage = "in_progress";
        Duration pausedTotal = Duration.ZERO;
        Instant pausedSince;

        Run(SlaDefinition definition, Instant start) {
            this.definition = definition;
            this.start = start;
        }

        boolean running() {
            return stage.equals("in_progress") || stage.equals("paused");
        }

        void stop(Instant at, String finalStage) {
            if (!running()) {
                return;
            }
            resume(at);
            end = at;
            stage = finalStage;
        }

        void pause(Instant at) {
            if (stage.equals("in_progress")) {
                stage = "paused";
                pausedSince = at;
            }
        }

        void resume(Instant at) {
            if (stage.equals("paused")) {
                pausedTotal = pausedTotal.plus(Duration.between(pausedSince, at));
                pausedSince = null;
                stage = "in_progress";
            }
        }

        SlaRun freeze() {
            return new SlaRun(definition, start, Optional.ofNullable(end), stage, pausedTotal,
                    Optional.ofNullable(pausedSince));
        }
    }

    static List<SlaRun> of(IncidentView view) {
        SlaTimeline t = new SlaTimeline();
        IncidentView.Transition previous = null;
        for (IncidentView.Transition step : view.history()) {
            t.step(previous, step);
            previous = step;
        }
        return t.runs.stream().map(Run::freeze).toList();
    }

    private void step(IncidentView.Transition previous, IncidentView.Transition t) {
        if (previous == null) {
            response = start(true, t);
            resolution = IncidentChoices.active(t.state()) ? start(false, t) : null;
        } else if (previous.priority() != t.priority()) {
            stop(response, t.at(), "cancelled");
            response = responded ? null : start(true, t);
            stop(resolution, t.at(), "cancelled");
            resolution = IncidentChoices.active(t.state()) ? start(false, t) : null;
        }
        if (!responded && (t.assigned() || !t.state().equals("1"))) {
            responded = true;
            stop(response, t.at(), t.state().equals("8") ? "cancelled" : "completed");
        }
        resolutionStep(t);
    }

    private void resolutionStep(IncidentView.Transition t) {
        switch (t.state()) {
            case "3":
                if (resolution != null) {
                    resolution.pause(t.at());
                }
                break;
            case "6":
            case "7":
                stop(resolution, t.at(), "completed");
                break;
            case "8":
                stop(resolution, t.at(), "cancelled");
                break;
            default:
                if (resolution == null || !resolution.running()) {
                    resolution = start(false, t);
                } else {
                    resolution.resume(t.at());
                }
        }
    }

    private Run start(boolean isResponse, IncidentView.Transition t) {
        Optional<SlaDefinition> definition = SlaDefinition.find(t.priority(), isResponse);
        if (definition.isEmpty()) {
            return null;
        }
        Run run = new Run(definition.get(), t.at());
        runs.add(run);
        return run;
    }

    private static void stop(Run run, Instant at, String stage) {
        if (run != null) {
            run.stop(at, stage);
        }
    }
}
