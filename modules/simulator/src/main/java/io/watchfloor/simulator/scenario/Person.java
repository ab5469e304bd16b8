package io.watchfloor.simulator.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * A person on the simulated desk (a ServiceNow {@code sys_user}).
 *
 * @param name  display name ("Priya Nair")
 * @param group the support group the person works in, or "" for callers and system users
 */
public record Person(String name, String group) {
    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
    }

    /** The login name: "priya.nair". */
    public String userName() {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }

    public String email() {
        return userName() + "@shop.example";
    }
}
