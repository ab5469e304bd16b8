package io.watchfloor.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every theme defines the same semantic tokens once, and the shared rules use no token a theme lacks. */
class ThemeTokensTest {
    private static final Pattern DEFINITION = Pattern.compile("(-wf-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern USE = Pattern.compile("(?<![a-z])(-wf-[a-z0-9-]+)");

    private static String css(String resource) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    private static Map<String, String> tokens(ThemeName theme) throws IOException {
        Map<String, String> defined = new LinkedHashMap<>();
        Matcher m = DEFINITION.matcher(css(theme.resource()));
        while (m.find()) {
            assertThat(defined.put(m.group(1), m.group(2).trim())).as("%s defines %s twice", theme, m.group(1))
                    .isNull();
        }
        return defined;
    }

    @Test
    void everyThemeDefinesExactlyTheTokensOfTheDarkTheme() throws IOException {
        Set<String> dark = tokens(ThemeName.DARK).keySet();
        assertThat(dark).contains("-wf-critical", "-wf-surface", "-wf-stale", "-wf-expiring");
        for (ThemeName t : ThemeName.values()) {
            assertThat(new TreeSet<>(tokens(t).keySet())).as(t.configName()).isEqualTo(new TreeSet<>(dark));
        }
    }

    @Test
    void theSharedRulesUseOnlyDefinedTokensAndNoLiteralColours() throws IOException {
        String rules = css(Theme.RULES_RESOURCE);
        Set<String> dark = tokens(ThemeName.DARK).keySet();
        Matcher m = USE.matcher(rules);
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(dark).containsAll(used);
        assertThat(rules).doesNotContainPattern("#[0-9a-fA-F]{3,8}\\b").doesNotContain("rgb(");
    }

    @Test
    void themesAreNamedInTheConfigAsOnTheCommandLine() {
        assertThat(ThemeName.fromConfigName("High-Contrast")).isEqualTo(ThemeName.HIGH_CONTRAST);
        assertThat(ThemeName.COLORBLIND.resource()).isEqualTo("/assets/themes/colorblind.css");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThemeName.fromConfigName("neon"))
                .hasMessage("unknown theme 'neon' (known: dark, light, high-contrast, colorblind)");
    }
}
