package io.watchfloor.engine.config;

import io.watchfloor.core.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quick form of a source on the command line: {@code --source TYPE=URL} (unauthenticated).
 * Ids are the type name, numbered when a type repeats ({@code alertmanager}, {@code alertmanager-2}).
 */
public final class SourceSpec {
    private SourceSpec() {
    }

    /** Turns every {@code TYPE=URL} into a config; default poll intervals as in the config file. */
    public static WatchfloorConfig toConfig(List<String> specs) throws ConfigException {
        StringBuilder yaml = new StringBuilder("sources:\n");
        Map<String, Integer> seen = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                errors.add("--source '" + spec + "': expected TYPE=URL, e.g. alertmanager=http://127.0.0.1:9093");
                continue;
            }
            String type = spec.substring(0, eq).trim();
            try {
                SourceKind.fromConfigName(type);
            } catch (IllegalArgumentException e) {
                errors.add("--source '" + spec + "': " + e.getMessage());
                continue;
            }
            int n = seen.merge(type, 1, Integer::sum);
            String id = n == 1 ? type : type + "-" + n;
            yaml.append("  - {id: \"").append(id).append("\", type: \"").append(type)
                    .append("\", url: \"").append(spec.substring(eq + 1).trim().replace("\"", "%22")).append("\"}\n");
        }
        if (!errors.isEmpty()) {
            throw new ConfigException(String.join("; ", errors));
        }
        return ConfigLoader.parse(yaml.toString(), "--source", null);
    }
}
