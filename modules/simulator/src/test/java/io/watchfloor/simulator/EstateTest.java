package io.watchfloor.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.watchfloor.core.Service;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EstateTest {

    @Test
    void estateIsAbout36UniqueServicesNamedBySlugAcrossFourRegions() throws Exception {
        try (Simulator sim = Simulator.start(SimulatorOptions.defaults().withMode(ScenarioMode.SCRIPTED))) {
            List<Service> services = sim.estate().services();
            assertThat(services).hasSizeBetween(34, 40);
            assertThat(services).extracting(Service::name).doesNotHaveDuplicates();
            assertThat(services).extracting(Service::region).containsOnly("eu-west", "us-east", "ap-south", "global");
            for (Service s : services) {
                String slug = s.displayName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                assertThat(s.name()).as(s.displayName()).isEqualTo(slug);
                assertThat(s.sloTarget()).isBetween(0.99, 0.9995);
                assertThat(s.currency()).isEqualTo("EUR");
            }
            assertThat(sim.estate().find("checkout").orElseThrow().costPerMinute()).isEqualByComparingTo(new BigDecimal("12000"));
            assertThat(sim.estate().find("loyalty").orElseThrow().costPerMinute()).isEqualByComparingTo(new BigDecimal("150"));
            assertThat(sim.estate().find("payments-gateway").orElseThrow().displayName()).isEqualTo("Payments Gateway");
        }
    }
}
