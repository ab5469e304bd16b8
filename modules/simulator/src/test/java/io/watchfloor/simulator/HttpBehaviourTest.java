package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpBehaviourTest {

    @Test
    void servesOnLoopbackWithNamedDaemonThreadsAndStopsThemOnClose() throws Exception {
        Simulator sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED));
        int port = sim.port();
        assertThat(sim.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(new SimHttp(sim.baseUrl()).get("/api/v2/status").status()).isEqualTo(200);
        assertThat(httpThreads()).isGreaterThan(0);
        assertThat(Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("wf-sim-http-"))
                .allMatch(Thread::isDaemon)).isTrue();

        sim.close();

        await().atMost(Duration.ofSeconds(5)).until(() -> httpThreads() == 0);
        assertThat(refused(port)).isTrue();
    }

    @Test
    void unknownPathIs404() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED))) {
            assertThat(new SimHttp(sim.baseUrl()).get("/nothing/here").status()).isEqualTo(404);
            assertThat(new SimHttp(sim.baseUrl()).get("/api/v1/labels").status()).isEqualTo(404);
        }
    }

    private static long httpThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("wf-sim-http-")).count();
    }

    private static boolean refused(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
