package io.watchfloor.bench.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void readsTheHeapOptionsOfTheRealLauncher() throws Exception {
        Path launcher = Path.of(System.getProperty("user.dir")).getParent().resolve("watchfloor");

        assertThat(LauncherOptions.read(launcher)).anyMatch(o -> o.startsWith("-Xmx"));
    }

    @Test
    void splitsTheQuotedOptions() {
        String script = "#!/bin/sh\nset -e\n  heap_opts=\"-Xms64m  -Xmx512m -XX:+UseG1GC\"\nexec java $heap_opts\n";

        assertThat(LauncherOptions.parse(script, "w")).containsExactly("-Xms64m", "-Xmx512m", "-XX:+UseG1GC");
    }

    @Test
    void readsTheEnvironmentDefaultsOfTheRealLauncher() throws Exception {
        Path launcher = Path.of(System.getProperty("user.dir")).getParent().resolve("watchfloor");

        assertThat(LauncherOptions.environment(launcher)).containsEntry("MALLOC_ARENA_MAX", "2");
    }

    @Test
    void takesTheDefaultOfEachExportThatKeepsTheUsersValue() {
        String script = "#!/bin/sh\nexport A=\"${A:-2}\"\n  export B_2=\"${B_2:-x y}\"\nexport C=\"${D:-3}\"\n"
                + "export E=5\nexec java\n";

        assertThat(LauncherOptions.parseEnvironment(script)).containsExactly(entry("A", "2"), entry("B_2", "x y"));
    }

    @Test
    void refusesAScriptWithoutHeapOptions() {
        assertThatThrownBy(() -> LauncherOptions.parse("exec java -cp x Main\n", "watchfloor"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("watchfloor has no heap_opts");
    }
}
