package io.watchfloor.simulator.scenario;

import java.util.Locale;
import java.util.Objects;
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

    /** The login name: "priya.nair". */
    public String userName() {
        return EDGE_DOT.matcher(NOT_ALNUM.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(".")).replaceAll("");
    }

    public String email() {
        return userName() + "@shop.example";
    }
}
