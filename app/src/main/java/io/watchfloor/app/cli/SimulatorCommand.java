package io.watchfloor.app.cli;

import io.watchfloor.simulator.Simulator;
import io.watchfloor.simulator.SimulatorOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code watchfloor simulator}: runs the embedded NOC alone, headless, until stopped. */
@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = "Run the simulator alone on loopback and print one line per API base URL.")
final class SimulatorCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1 (0 = any free). Default ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Scenario seed. Default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--speed", defaultValue = "1.0", description = "Simulated time speed factor. Default ${DEFAULT-VALUE}.")
    double speed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        }
        if (speed <= 0) {
            throw new IllegalArgumentException("--speed must be positive, was " + speed);
        }
        Simulator sim = Simulator.start(SimulatorOptions.defaults().withPort(port).withSeed(seed).withSpeed(speed));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "wf-sim-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        String base = sim.baseUrl().toString().replaceAll("/$", "");
        out.println("alertmanager " + base + "/api/v2/");
        out.println("prometheus " + base + "/api/v1/");
        out.println("servicenow " + base + "/api/now/table/");
        out.flush();
        stopped.await();
        return WatchfloorCommand.OK;
    }
}
