package io.watchfloor.engine.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.watchfloor.connectors.DurationText;
import io.watchfloor.connectors.SourceConfig;
import io.watchfloor.core.Criticality;
import io.watchfloor.core.Operator;
import io.watchfloor.core.Role;
import io.watchfloor.core.Service;
import io.watchfloor.core.SourceId;
import io.watchfloor.core.SourceKind;
import io.watchfloor.core.sla.SlaPolicies;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code watchfloor.yaml} (see docs/config.md) into a {@link WatchfloorConfig}. Every mistake is
 * reported as a {@link ConfigException} naming the file and the path of the value
 * ({@code sources[1].pollInterval}); unknown keys are mistakes too, so a typo never goes unnoticed.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_KEYS = Set.of("sources", "services", "wall", "operator", "escalation", "sla");
    private static final Set<String> OPERATOR_KEYS = Set.of("name", "role", "ackDuration");
    private static final Set<String> SOURCE_KEYS =
            Set.of("id", "type", "url", "urls", "pollInterval", "timeout", "auth", "tls", "options");
    private static final Set<String> AUTH_KEYS = Set.of("user", "passwordEnv", "tokenEnv");
    private static final Set<String> TLS_KEYS = Set.of("caFile");
    private static final Set<String> SERVICE_KEYS =
            Set.of("name", "displayName", "region", "criticality", "slo", "costPerMinute", "currency");

    private ConfigLoader() {
    }

    /** Loads and validates a config file. */
    public static WatchfloorConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString(), file.toAbsolutePath().getParent());
    }

    /** Parses config text; {@code origin} names it in messages, relative paths resolve against {@code baseDir}. */
    public static WatchfloorConfig parse(String text, String origin, Path baseDir) throws ConfigException {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        try {
            if (root == null || !root.isObject()) {
                throw new ConfigError("", "the file must be a mapping with a 'sources' list");
            }
            checkKeys(root, "", TOP_KEYS);
            JsonNode sources = root.path("sources");
            if (!sources.isArray() || sources.isEmpty()) {
                throw new ConfigError("sources", "at least one source is needed");
            }
            List<SourceConfig> parsed = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                parsed.add(source(sources.get(i), "sources[" + i + "]", baseDir));
            }
            List<Service> services = new ArrayList<>();
            JsonNode svc = root.path("services");
            if (!svc.isMissingNode() && !svc.isNull()) {
                if (!svc.isArray()) {
                    throw new ConfigError("services", "must be a list");
                }
                for (int i = 0; i < svc.size(); i++) {
                    services.add(service(svc.get(i), "services[" + i + "]"));
                }
            }
            JsonNode wall = root.get("wall");
            if (wall != null && !wall.isNull() && !wall.isObject()) {
                throw new ConfigError("wall", "must be a mapping (key: value)");
            }
            EscalationConfigReader.Escalation escalation = EscalationConfigReader.read(root.path("escalation"));
            SlaPolicies sla = SlaConfigReader.read(root.path("sla"));
            return new WatchfloorConfig(parsed, services,
                    wall == null || wall.isNull() ? Optional.empty() : Optional.of(wall),
                    operator(root.path("operator")), escalation.matrix(),
                    new SlaSettings(sla, escalation.policy(), escalation.autoOperator()));
        } catch (ConfigError e) {
            throw new ConfigException(origin + ": " + (e.path.isEmpty() ? "" : e.path + ": ") + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + ": " + e.getMessage());
        }
    }

    private static SourceConfig source(JsonNode n, String path, Path baseDir) {
        requireObject(n, path);
        checkKeys(n, path, SOURCE_KEYS);
        String type = text(n, path, "type").orElseThrow(() -> new ConfigError(path + ".type", "is required"));
        SourceKind kind;
        try {
            kind = SourceKind.fromConfigName(type);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path + ".type", e.getMessage());
        }
        String idText = text(n, path, "id").orElse(kind.configName());
        SourceId id;
        try {
            id = SourceId.of(idText);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path + ".id", e.getMessage());
        }
        List<String> urls = urls(n, path);
        Duration poll = duration(n, path, "pollInterval").orElse(defaultPoll(kind));
        Map<String, String> options = new LinkedHashMap<>();
        JsonNode opts = n.path("options");
        if (!opts.isMissingNode()) {
            requireObject(opts, path + ".options");
            opts.fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
        }
        duration(n, path, "timeout").ifPresent(t -> options.put("timeout", DurationText.format(t)));
        SourceConfig.Auth auth = auth(n.path("auth"), path + ".auth");
        Optional<Path> caFile = Optional.empty();
        JsonNode tls = n.path("tls");
        if (!tls.isMissingNode()) {
            requireObject(tls, path + ".tls");
            checkKeys(tls, path + ".tls", TLS_KEYS);
            caFile = text(tls, path + ".tls", "caFile").map(p -> baseDir == null ? Path.of(p) : baseDir.resolve(p));
            if (caFile.isPresent() && !Files.isReadable(caFile.get())) {
                throw new ConfigError(path + ".tls.caFile", "cannot read " + caFile.get());
            }
        }
        try {
            return new SourceConfig(id, kind, urls, poll, auth, caFile, options);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path, e.getMessage());
        }
    }

    private static List<String> urls(JsonNode n, String path) {
        List<String> urls = new ArrayList<>();
        text(n, path, "url").ifPresent(urls::add);
        JsonNode list = n.path("urls");
        if (!list.isMissingNode()) {
            if (!list.isArray()) {
                throw new ConfigError(path + ".urls", "must be a list of URLs");
            }
            list.forEach(u -> urls.add(u.asText()));
        }
        if (urls.isEmpty()) {
            throw new ConfigError(path, "needs 'url' (or 'urls' for replicas)");
        }
        for (String u : urls) {
            SourceUrl.check(u, path);
        }
        return urls;
    }

    private static SourceConfig.Auth auth(JsonNode n, String path) {
        if (n.isMissingNode() || n.isNull()) {
            return SourceConfig.Auth.NONE;
        }
        requireObject(n, path);
        checkKeys(n, path, AUTH_KEYS);
        try {
            return new SourceConfig.Auth(text(n, path, "user"), text(n, path, "passwordEnv"), text(n, path, "tokenEnv"));
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path, e.getMessage());
        }
    }

    private static OperatorSettings operator(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return OperatorSettings.DEFAULT;
        }
        requireObject(n, "operator");
        checkKeys(n, "operator", OPERATOR_KEYS);
        Optional<String> name = text(n, "operator", "name");
        name.ifPresent(v -> {
            try {
                new Operator(v, Role.VIEWER);
            } catch (IllegalArgumentException e) {
                throw new ConfigError("operator.name", e.getMessage());
            }
        });
        Optional<Role> role = text(n, "operator", "role").map(r -> {
            try {
                return Role.parse(r);
            } catch (IllegalArgumentException e) {
                throw new ConfigError("operator.role", e.getMessage());
            }
        });
        Duration ack = duration(n, "operator", "ackDuration").orElse(OperatorSettings.DEFAULT.ackDuration());
        return new OperatorSettings(name, role, ack);
    }

    private static Service service(JsonNode n, String path) {
        requireObject(n, path);
        checkKeys(n, path, SERVICE_KEYS);
        String name = text(n, path, "name").orElseThrow(() -> new ConfigError(path + ".name", "is required"));
        String display = text(n, path, "displayName").orElse(name);
        String region = text(n, path, "region").orElse("global");
        Criticality crit;
        try {
            crit = Criticality.parse(text(n, path, "criticality").orElse("tier2"));
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path + ".criticality", e.getMessage());
        }
        double slo = text(n, path, "slo").map(s -> slo(s, path + ".slo")).orElse(0.999);
        BigDecimal cost = text(n, path, "costPerMinute").map(s -> money(s, path + ".costPerMinute"))
                .orElse(BigDecimal.ZERO);
        String currency = text(n, path, "currency").orElse("EUR");
        try {
            return new Service(name, display, region, crit, slo, cost, currency);
        } catch (IllegalArgumentException e) {
            throw new ConfigError(path, e.getMessage());
        }
    }

    /** {@code 99.9%} or {@code 0.999}. */
    static double slo(String s, String path) {
        try {
            String t = s.trim();
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
            if (!(v > 0 && v <= 1)) {
                throw new ConfigError(path, "'" + s + "' must be a ratio in (0, 1] or a percentage like 99.9%");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigError(path, "'" + s + "' is not a number (use 0.999 or 99.9%)");
        }
    }

    private static BigDecimal money(String s, String path) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new ConfigError(path, "'" + s + "' is not an amount");
        }
    }

    private static Duration defaultPoll(SourceKind kind) {
        return switch (kind) {
            case ALERTMANAGER -> Duration.ofSeconds(2);
            case PROMETHEUS -> Duration.ofSeconds(15);
            case SERVICENOW, RT -> Duration.ofSeconds(10);
            case ICINGA2 -> Duration.ofSeconds(5);
        };
    }

    static Optional<Duration> duration(JsonNode n, String path, String key) {
        return text(n, path, key).map(t -> {
            try {
                return DurationText.parse(t);
            } catch (IllegalArgumentException e) {
                throw new ConfigError(path + "." + key, e.getMessage());
            }
        });
    }

    static Optional<String> text(JsonNode n, String path, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode()) {
            throw new ConfigError(path + "." + key, "must be a single value");
        }
        String t = v.asText().trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    static void requireObject(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw new ConfigError(path, "must be a mapping (key: value)");
        }
    }

    static void checkKeys(JsonNode n, String path, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new ConfigError(path.isEmpty() ? k : path + "." + k,
                        "unknown key (expected one of " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    /** A mistake at a path; turned into a {@link ConfigException} with the file name at the top. */
    static final class ConfigError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;

        ConfigError(String path, String message) {
            super(message);
            this.path = path;
        }
    }
}
