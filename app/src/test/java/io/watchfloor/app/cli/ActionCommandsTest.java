package io.watchfloor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.simulator.LedgerEntry;
import io.watchfloor.simulator.ScenarioMode;
import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import io.watchfloor.store.AuditEntry;
import io.watchfloor.store.AuditStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The action commands against the simulator: what lands upstream, what is printed, the exit codes. */
class ActionCommandsTest {
    private Simulator sim;
    private StringWriter out;
    private StringWriter err;

    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED));
        sim.control().addUser("Watchfloor Operator");
        sim.control().startOutage("checkout");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--source", "alertmanager=" + sim.baseUrl(), "--source", "servicenow=" + sim.baseUrl(),
                "--data-dir", dataDir.toString(), "--operator", "Watchfloor Operator"));
        CommandLine cl = WatchfloorCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(all.toArray(String[]::new));
    }

    private String first(String command, Pattern pattern) {
        assertThat(run(command)).isZero();
        Matcher m = pattern.matcher(out.toString());
        assertThat(m.find()).as(out.toString()).isTrue();
        return m.group(1);
    }

    @Test
    void ackByFingerprintCreatesTheSilenceAndExitsZero() throws Exception {
        String fingerprint = first("alerts", Pattern.compile("critical\\s+firing\\s+checkout\\s+\\S+\\s+\\S+\\s+-\\s+\\S+\\s+([0-9a-f]{16})"));

        int code = run("ack", fingerprint, "--note", "on it", "--duration", "30m");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("acknowledge").contains("as Watchfloor Operator: accepted");
        LedgerEntry post = sim.ledger().entries().stream().filter(e -> e.path().equals("/api/v2/silences")).findFirst().orElseThrow();
        assertThat(post.body()).contains("ACK!").contains("on it").contains("Watchfloor Operator");
        assertThat(AuditStore.open(dataDir).recent(5)).extracting(AuditEntry::kind, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acknowledge", "accepted"));
    }

    @Test
    void escalateNeedsTheLeadRoleAndARefusalExitsFourWithTheReason() throws Exception {
        String number = first("incidents", Pattern.compile("(INC\\d{7})\\s+P1"));

        int code = run("escalate", number, "--reason", "down 10 min", "--role", "operator");

        assertThat(code).isEqualTo(4);
        assertThat(err.toString()).contains("rejected: role operator may not escalate (needs lead)");
        assertThat(sim.ledger().entries()).noneMatch(e -> e.method().equals("PATCH"));

        assertThat(run("escalate", number, "--reason", "down 10 min", "--role", "lead")).as(err.toString()).isZero();
        assertThat(sim.ledger().entries()).anyMatch(e -> e.method().equals("PATCH") && e.body().contains("NOC Tier 2"));
    }

    @Test
    void anUnknownTargetIsAUsageErrorThatSaysWhereToLook() {
        assertThat(run("annotate", "INC9999999", "--note", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("no open incident or firing alert 'INC9999999' on the board");
    }
}
