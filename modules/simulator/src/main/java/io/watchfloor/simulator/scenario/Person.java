package io.watchfloor.simulator.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A person on the simulated desk (a ServiceNow {@code sys_user}).
 *
 * @param name  display name ("Priya Nair")
 * @param group the support group the person works in, or "" for callers and system users
 */
public record Person(String name, String group) {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DOT = Pattern.compile("^\\.|\\.$");

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
    }

    /**
     * Login names by display name, computed once each: every rendered journal line looks its author up by login
     * name, and two regular expressions per person per line were most of a ServiceNow read. A directory has a
     * few dozen people (plus the users a test adds), so this stays small.
     */
    private static final Map<String, String> USER_NAMES = new ConcurrentHashMap<>();

    /** The login name: "priya.nair". */
    public String userName() {
        return USER_NAMES.computeIfAbsent(name,
                n -> EDGE_DOT.matcher(NOT_ALNUM.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(".")).replaceAll(""));
    }

    public String email() {
        return userName() + "@shop.example";
    }
}
