package io.watchfloor.simulator.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The people and support groups of the simulated service desk. Fixed (not seed dependent), except that
 * users can be added ({@link #addUser}) so a demo's operator exists on the desk; added users belong to
 * no group, so the scenario never picks them and stays a function of the seed. Not thread-safe: used
 * under the simulator lock.
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
    /** The NOC escalation groups of Watchfloor's default escalation matrix (tier 2, shift lead, duty manager). */
    public static final String NOC_TIER_2 = "NOC Tier 2";
    public static final String NOC_SHIFT_LEADS = "NOC Shift Leads";
    public static final String DUTY_MANAGERS = "Duty Managers";

    private static final List<String> GROUPS = List.of(SERVICE_DESK, PAYMENTS_SRE, WEB_PLATFORM, IDENTITY_ACCESS,
            STORE_SYSTEMS, FULFILMENT, DATA_PLATFORM, NOC_TIER_2, NOC_SHIFT_LEADS, DUTY_MANAGERS);

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

    private final List<Person> people = new ArrayList<>(PEOPLE);
    /** The same people by name (the first with a name, as a walk over the list finds it). */
    private final Map<String, Person> byName = new HashMap<>();

    public Directory() {
        people.forEach(p -> byName.putIfAbsent(p.name(), p));
    }

    public List<String> groups() {
        return GROUPS;
    }

    /** Everyone: the fixed staff, then added users in the order they were added. */
    public List<Person> people() {
        return List.copyOf(people);
    }

    /** How many people the directory holds; grows only by {@link #addUser}. */
    public int headcount() {
        return people.size();
    }

    /** The person with this name (exactly); a lookup, made for every journal entry of an incident rendered. */
    public Optional<Person> person(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Adds a desk user with no group (login name derived as for everyone: "Jo Doe" logs in as
     * {@code jo.doe}, "alice" as {@code alice}). A no-op when a user with this name or login already exists.
     *
     * @return whether the user was added
     * @throws IllegalArgumentException when the name is blank or gives an empty login name
     */
    public boolean addUser(String name) {
        String n = name == null ? "" : name.strip();
        Person person = new Person(n, "");
        if (n.isEmpty() || person.userName().isEmpty()) {
            throw new IllegalArgumentException("a user needs a name with letters or digits, was '" + name + "'");
        }
        boolean known = people.stream().anyMatch(p -> p.name().equalsIgnoreCase(n)
                || p.userName().equals(person.userName()) || p.userName().equals(n.toLowerCase(Locale.ROOT)));
        if (known) {
            return false;
        }
        people.add(person);
        byName.putIfAbsent(person.name(), person);
        return true;
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
