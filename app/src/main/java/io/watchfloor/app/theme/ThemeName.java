package io.watchfloor.app.theme;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The wall's themes, by their name in the config ({@code wall.theme}) and on the command line ({@code --theme}).
 * Each is one stylesheet under {@code /assets/themes} defining the same semantic tokens ({@code -wf-critical},
 * {@code -wf-surface}, ...); the rules that use them are shared ({@link Theme#RULES_RESOURCE}). Immutable.
 */
public enum ThemeName {
    /** Dark surfaces for a NOC at night; the default. */
    DARK("dark"),
    /** Light surfaces for a bright room. */
    LIGHT("light"),
    /** Black and white with pure signal colours and bright borders, for glare and weak eyesight. */
    HIGH_CONTRAST("high-contrast"),
    /** The Okabe-Ito palette: severities and states that stay apart for every common colour-vision deficiency. */
    COLORBLIND("colorblind");

    private final String configName;

    ThemeName(String configName) {
        this.configName = configName;
    }

    /** The name in the config and on the command line. */
    public String configName() {
        return configName;
    }

    /** Classpath location of the theme's token stylesheet. */
    public String resource() {
        return "/assets/themes/" + configName + ".css";
    }

    /** Parses a config name; the message lists the known themes. */
    public static ThemeName fromConfigName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ThemeName t : values()) {
            if (t.configName.equals(wanted)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme '" + name + "' (known: "
                + Stream.of(values()).map(ThemeName::configName).collect(Collectors.joining(", ")) + ")");
    }
}
