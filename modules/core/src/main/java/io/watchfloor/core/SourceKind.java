package io.watchfloor.core;

import java.util.Locale;

/** The kind of upstream system a source is; the config's {@code type}. */
public enum SourceKind {
    ALERTMANAGER("alertmanager"),
    PROMETHEUS("prometheus"),
    SERVICENOW("servicenow"),
    ICINGA2("icinga2"),
    RT("rt");

    private final String configName;

    SourceKind(String configName) {
        this.configName = configName;
    }

    /** Whether this kind is an ITSM desk (incidents) rather than a monitoring source (alerts, probes). */
    public boolean desk() {
        return this == SERVICENOW || this == RT;
    }

    /** The word used for this kind in the config file and on the command line. */
    public String configName() {
        return configName;
    }

    /** Parses a config {@code type}; the message lists the known types. */
    public static SourceKind fromConfigName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (SourceKind k : values()) {
            if (k.configName.equals(wanted)) {
                return k;
            }
        }
        StringBuilder known = new StringBuilder();
        for (SourceKind k : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(k.configName);
        }
        throw new IllegalArgumentException("unknown source type '" + name + "' (known: " + known + ")");
    }
}
