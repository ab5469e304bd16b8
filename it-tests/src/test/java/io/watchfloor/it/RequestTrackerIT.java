package io.watchfloor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.ActionOutcome;
import io.watchfloor.core.ClockOrigin;
import io.watchfloor.core.Incident;
import io.watchfloor.core.SlaClock;
import io.watchfloor.core.SourceHealth;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.TargetRef;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RT connector against a real Request Tracker 5.0.3 on SQLite ({@code it/start.sh rt}, about 10 s):
 * token auth from the environment, tickets with SLA Due as countdowns, escalate / annotate / take written
 * back and visible in the ticket's history. One RT for the class; each test makes its own tickets.
 */
class RequestTrackerIT {
    private static final SourceId RT = SourceId.of("rt");
    private static RealServer rt;
    private static Http http;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void start() {
        rt = RealServer.start("rt", "rt", "rt-setup-database-5", "curl", "python3");
        http = new Http(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20))
                .addInterceptor(c -> c.proceed(c.request().newBuilder().header("Authorization", "token " + rt.get("RT_TOKEN")).build()))
                .build());
    }

    @AfterAll
    static void stop() {
        if (rt != null) {
            rt.close();
        }
    }

    private static SourceConfig source(Duration poll) {
        return new SourceConfig(RT, SourceKind.RT, List.of(rt.get("RT_URL")), poll,
                new SourceConfig.Auth(Optional.empty(), Optional.empty(), Optional.of("RT_TOKEN")), Optional.empty(),
                Map.of("slaByPriority", "P1=noc-p1,P2=noc-p2", "timeout", "5s"));
    }

    private WatchfloorUnderTest watch(String token) throws Exception {
        return WatchfloorUnderTest.start(List.of(source(Duration.ofSeconds(1))), Map.of("RT_TOKEN", token), dataDir);
    }

    private static String createTicket(String subject, String sla) throws Exception {
        JsonNode created = http.post(rt.get("RT_URL") + "/REST/2.0/ticket", """
                {"Queue":"Service Desk","Subject":"%s","Content":"reported by phone","Priority":70,"SLA":"%s"}
                """.formatted(subject, sla));
        return created.path("id").asText();
    }

    private static Optional<Incident> incident(WatchfloorUnderTest wf, String id) {
        return wf.board().incidents().stream().filter(i -> i.number().equals(id)).findFirst();
    }

    @Test
    void aTicketCreatedInRtShowsWithItsSlaDueAsACountdown() throws Exception {
        String id = createTicket("Checkout returns HTTP 503", "noc-p1");
        Instant due = Instant.parse(http.get(rt.get("RT_URL") + "/REST/2.0/ticket/" + id).path("Due").asText());
        try (WatchfloorUnderTest wf = watch(rt.get("RT_TOKEN"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> incident(wf, id).isPresent());
            Incident i = incident(wf, id).orElseThrow();
            assertThat(i.title()).isEqualTo("Checkout returns HTTP 503");
            assertThat(i.group()).hasValue("Service Desk");
            SlaClock clock = i.clocks().get(0);
            assertThat(clock.origin()).isEqualTo(ClockOrigin.DESK);
            assertThat(clock.breachAt()).isEqualTo(due);
            assertThat(clock.target()).isEqualTo(Duration.ofHours(4));
            Duration left = clock.remainingAt(Instant.now());
            assertThat(left).isBetween(Duration.ofHours(4).minusMinutes(2), Duration.ofHours(4));
            assertThat(i.timeline()).extracting(e -> e.kind()).contains("opened");
        }
    }

    @Test
    void takeEscalateAndAnnotateFromWatchfloorShowInTheTicketHistory() throws Exception {
        String id = createTicket("Payments latency over SLO", "noc-p2");
        try (WatchfloorUnderTest wf = watch(rt.get("RT_TOKEN"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> incident(wf, id).isPresent());
            Incident i = incident(wf, id).orElseThrow();
            TargetRef target = TargetRef.of(i);

            ActionOutcome take = wf.actions.submit(wf.actions.requests().acknowledge(target, Optional.of("on it"))).get(20, TimeUnit.SECONDS);
            assertThat(take).as(take.summary()).isInstanceOf(ActionOutcome.Accepted.class);
            ActionOutcome up = wf.actions.submit(wf.actions.requests().escalate(i, "latency still rising")).get(20, TimeUnit.SECONDS);
            assertThat(up).as(up.summary()).isInstanceOf(ActionOutcome.Accepted.class);
            ActionOutcome note = wf.actions.submit(wf.actions.requests().annotate(target, "vendor engaged", false)).get(20, TimeUnit.SECONDS);
            assertThat(note).as(note.summary()).isInstanceOf(ActionOutcome.Accepted.class);

            JsonNode ticket = http.get(rt.get("RT_URL") + "/REST/2.0/ticket/" + id);
            assertThat(ticket.path("Owner").path("id").asText()).isEqualTo("watchfloor");
            List<String> history = new ArrayList<>();
            http.get(rt.get("RT_URL") + "/REST/2.0/ticket/" + id + "/history?fields=Type,Field,NewValue&per_page=100")
                    .path("items").forEach(t -> history.add(t.path("Type").asText() + ":" + t.path("Field").asText()));
            assertThat(history).contains("Set:Owner", "Set:Queue", "Comment:");
            List<String> notes = new ArrayList<>();
            http.get(rt.get("RT_URL") + "/REST/2.0/ticket/" + id + "/attachments?fields=Content&per_page=100")
                    .path("items").forEach(a -> notes.add(a.path("Content").asText()));
            assertThat(notes).anyMatch(n -> n.startsWith("escalated to NOC Tier 2 by night-op: latency still rising [wf:"));
            assertThat(notes).anyMatch(n -> n.startsWith("vendor engaged [wf:"));
            assertThat(notes).anyMatch(n -> n.startsWith("acknowledged by night-op via Watchfloor: on it [wf:"));

            await().atMost(Duration.ofSeconds(20)).until(() -> incident(wf, id)
                    .map(x -> x.group().equals(Optional.of("NOC Tier 2")) && x.assignee().equals(Optional.of("watchfloor"))).orElse(false));
            assertThat(incident(wf, id).orElseThrow().timeline()).extracting(e -> e.kind()).contains("queue", "comment", "assigned");
        }
    }

    @Test
    void aRefusedTokenIsAClearSourceState() throws Exception {
        try (WatchfloorUnderTest wf = watch("1-1-not-a-token")) {
            SourceHealth h = awaitFailure(wf);
            assertThat(h.lastError().orElseThrow()).contains("HTTP 401").contains("Unauthorized");
        }
    }

    @Test
    void aStoppedServerIsAFailedSourceThatRecoversWhenItReturns() throws Exception {
        String id = createTicket("Disk full on db-1", "noc-p2");
        try (WatchfloorUnderTest wf = watch(rt.get("RT_TOKEN"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> incident(wf, id).isPresent());
            RealServer.kill(Path.of(rt.get("RT_PIDFILE")));
            awaitFailure(wf);
            // A poll on a kept-alive connection the dying server resets may fail first ("Connection reset");
            // the polls after it find nothing listening, which the source then reports
            await().atMost(Duration.ofSeconds(20)).until(() -> wf.board().health(RT).orElseThrow().lastError()
                    .map(e -> e.contains("cannot connect")).orElse(false));
            assertThat(incident(wf, id)).as("the last known tickets stay, marked by age").isPresent();
            RealServer.run("start.sh", "rt-again");
            await().atMost(Duration.ofSeconds(30)).until(() -> wf.board().health(RT).orElseThrow().consecutiveFailures() == 0);
            assertThat(incident(wf, id)).isPresent();
        }
    }

    private static SourceHealth awaitFailure(WatchfloorUnderTest wf) {
        await().atMost(Duration.ofSeconds(20)).until(() -> wf.board().health(RT).map(h -> h.consecutiveFailures() > 0).orElse(false));
        return wf.board().health(RT).orElseThrow();
    }
}
