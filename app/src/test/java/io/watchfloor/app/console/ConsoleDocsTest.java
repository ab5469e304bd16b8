package io.watchfloor.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/console.md lists every key the console answers to, as the key help and the action bar show them. */
class ConsoleDocsTest {
    private static String docs() throws IOException {
        Path fromModule = Path.of("..", "docs", "console.md");
        Path p = Files.exists(fromModule) ? fromModule : Path.of("docs", "console.md");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandsKeysAreDocumented() throws IOException {
        String docs = docs();
        for (ConsoleCommand c : ConsoleCommand.values()) {
            for (String key : c.keyHint().split(" / | or ")) {
                assertThat(docs).as(c.name() + " key " + key).contains("`" + key.strip() + "`");
            }
        }
    }

    @Test
    void theScreenshotsTheDocsShowExist() {
        for (String png : new String[] {"console-1920x1080.png", "console-escalate-1920x1080.png",
                "console-keys-1920x1080.png"}) {
            Path fromModule = Path.of("..", "docs", png);
            assertThat(Files.exists(fromModule) || Files.exists(Path.of("docs", png))).as(png).isTrue();
        }
    }
}
