package io.watchfloor.simulator.scenario;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The people and support groups of the simulated service desk. Fixed (not seed dependent). Immutable.
 */
public final class Directory {
    public static final String SERVICE_DESK = "Service Desk";
    public static final String PAYMENTS_SRE = "Payments SRE";
    public static final String WEB_PLATFORM = "Web Platform";
    public static final String IDENTITY_ACCESS = "Identity & Access";
    public static final String STORE_SYSTEMS = "Store Systems";
    public static final String FULFILMENT = "Fulfilment Systems";
    public static final String DATA_PLATFORM = "Data Platform";
    /** The integration user that opens incidents from monitoring events. */
    public static final String EVENT_MANAGEMENT = "Event Management";

    private static final List<String> GROUPS = List.of(SERVICE_DESK, PAYMENTS_SRE, WEB_PLATFORM, IDENTITY_ACCESS,
            STORE_SYSTEMS, FULFILMENT, DATA_PLATFORM);

    private static final List<Person> PEOPLE = List.of(
            new Person("Daniel Okafor", SERVICE_DESK), new Person("Emma Wilson", SERVICE_DESK),
            new Person("Kofi Mensah", SERVICE_DESK),
            new Person("Priya Nair", PAYMENTS_SRE), new Person("Lucas Moreau", PAYMENTS_SRE),
            new Person("Aiko Tanaka", WEB_PLATFORM), new Person("Jonas Lindqvist", WEB_PLATFORM),
            new Person("Sofia Rossi", IDENTITY_ACCESS), new Person("Omar Haddad", IDENTITY_ACCESS),
            new Person("Rahul Mehta", STORE_SYSTEMS), new Person("Ana Souza", STORE_SYSTEMS),
            new Person("Mei Chen", FULFILMENT), new Person("Tom Becker", FULFILMENT),
            new Person("Noah Fischer", DATA_PLATFORM), new Person("Chloe Martin", DATA_PLATFORM),
            new Person(EVENT_MANAGEMENT, ""), new Person("Hannah Schmidt", ""), new Person("Marco Bianchi", ""),
            new Person("Watchfloor Operator", ""));

    /** Callers of incidents raised by people rather than by monitoring. */
    private static final List<String> CALLERS = List.of("Hannah Schmidt", "Marco Bianchi");

    public List<String> groups() {
        return GROUPS;
    }

    public List<Person> people() {
        return PEOPLE;
    }

    public Optional<Person> person(String name) {
        return PEOPLE.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** A member of {@code group}, picked with {@code random}. */
    public String memberOf(String group, SplittableRandom random) {
        List<Person> members = PEOPLE.stream().filter(p -> p.group().equals(group)).toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no members in group " + group);
        }
        return members.get(random.nextInt(members.size())).name();
    }

    /** A human caller, picked with {@code random}. */
    public String caller(SplittableRandom random) {
        return CALLERS.get(random.nextInt(CALLERS.size()));
    }
}
