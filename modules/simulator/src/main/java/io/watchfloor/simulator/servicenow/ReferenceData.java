package io.watchfloor.simulator.servicenow;

import io.watchfloor.simulator.scenario.Directory;
import io.watchfloor.simulator.scenario.EstateCatalog;
import io.watchfloor.simulator.scenario.Person;
import io.watchfloor.simulator.scenario.ServiceProfile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reference tables of the simulated instance and the mapping between names and sys_ids:
 * {@code sys_user}, {@code sys_user_group}, {@code cmdb_ci_service} and {@code contract_sla}.
 * Ids do not depend on the seed, so configs can name them. Immutable.
 */
final class ReferenceData {
    static final String USER = "sys_user";
    static final String GROUP = "sys_user_group";
    static final String SERVICE = "cmdb_ci_service";
    static final String SLA = "contract_sla";
    /** The record time of the reference data. */
    private static final String CREATED = "2025-01-06 09:00:00";

    private final Directory directory;
    private final EstateCatalog estate;

    ReferenceData(Directory directory, EstateCatalog estate) {
        this.directory = directory;
        this.estate = estate;
    }

    Field.Ref user(String name) {
        return directory.person(name).map(p -> new Field.Ref(USER, SysIds.of(USER, p.userName()), p.name()))
                .orElse(new Field.Ref(USER, "", ""));
    }

    Field.Ref group(String name) {
        return directory.groups().contains(name) ? new Field.Ref(GROUP, SysIds.of(GROUP, name), name)
                : new Field.Ref(GROUP, "", "");
    }

    Field.Ref service(String name) {
        return estate.find(name).map(p -> new Field.Ref(SERVICE, SysIds.of(SERVICE, p.name()), p.service().displayName()))
                .orElse(new Field.Ref(SERVICE, "", ""));
    }

    /** The person with this sys_id or, when {@code byName}, this name or user name. */
    Optional<String> personName(String key, boolean byName) {
        return directory.people().stream().filter(p -> SysIds.of(USER, p.userName()).equals(key)
                || (byName && (p.name().equalsIgnoreCase(key) || p.userName().equalsIgnoreCase(key))))
                .map(Person::name).findFirst();
    }

    Optional<String> groupName(String key, boolean byName) {
        return directory.groups().stream().filter(g -> SysIds.of(GROUP, g).equals(key)
                || (byName && g.equalsIgnoreCase(key))).findFirst();
    }

    Optional<String> serviceName(String key, boolean byName) {
        return estate.profiles().stream().filter(p -> SysIds.of(SERVICE, p.name()).equals(key)
                || (byName && (p.service().displayName().equalsIgnoreCase(key) || p.name().equals(key))))
                .map(ServiceProfile::name).findFirst();
    }

    /** The person name for a login name, or the login name itself for users the directory does not know. */
    String displayOfUser(String userName) {
        return directory.people().stream().filter(p -> p.userName().equals(userName)).map(Person::name)
                .findFirst().orElse(userName);
    }

    /** How many people the directory holds: what {@link #userNameOf} answers changes only when this does. */
    int headcount() {
        return directory.headcount();
    }

    /** The login name of a person name (or the text itself if it is no known person). */
    String userNameOf(String personOrLogin) {
        return directory.person(personOrLogin).map(Person::userName).orElse(personOrLogin);
    }

    List<Table> tables() {
        return List.of(
                table(USER, directory::people, p -> new TableRow().put("sys_id", SysIds.of(USER, p.userName()))
                        .put("name", p.name()).put("user_name", p.userName()).put("email", p.email())
                        .put("active", "true").put("sys_created_on", CREATED).put("sys_updated_on", CREATED)),
                table(GROUP, directory::groups, g -> new TableRow().put("sys_id", SysIds.of(GROUP, g))
                        .put("name", g).put("active", "true").put("sys_created_on", CREATED)
                        .put("sys_updated_on", CREATED)),
                table(SERVICE, estate::profiles, p -> new TableRow().put("sys_id", SysIds.of(SERVICE, p.name()))
                        .put("name", p.service().displayName()).put("u_slug", p.name())
                        .put("busines_criticality", criticality(p)).put("support_group", group(p.group()))
                        .put("operational_status", Field.of("1", "Operational"))
                        .put("sys_created_on", CREATED).put("sys_updated_on", CREATED)),
                table(SLA, () -> SlaDefinition.ALL, d -> new TableRow().put("sys_id", d.sysId()).put("name", d.name())
                        .put("type", Field.of("SLA", "SLA")).put("target", d.response() ? "response" : "resolution")
                        .put("collection", "incident").put("duration", SnTime.duration(d.target()))
                        .put("schedule", "").put("active", "true")
                        .put("sys_created_on", CREATED).put("sys_updated_on", CREATED)));
    }

    private static Field criticality(ServiceProfile p) {
        String tier = p.service().criticality().name();
        String code = tier.substring(tier.length() - 1);
        return Field.of(code + " - " + (code.equals("1") ? "most critical" : code.equals("2") ? "somewhat critical" : "less critical"));
    }

    /** A read-only table whose rows are {@code items} as of each read (users can be added at run time). */
    private static <T> Table table(String name, Supplier<List<T>> items, Function<T, TableRow> row) {
        return new Table() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<TableRow> rows(Instant now) {
                return items.get().stream().map(row).toList();
            }
        };
    }
}
