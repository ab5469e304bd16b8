package io.watchfloor.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A business service on the board, as configured.
 *
 * @param name              unique name; alerts and incidents are matched to it by this name
 * @param displayName       what the wall shows
 * @param region            region or site ("eu-west"), or "global"
 * @param criticality       business tier
 * @param sloTarget         availability objective as a ratio, e.g. 0.999
 * @param costPerMinute     estimated cost of downtime per minute, in {@code currency}
 * @param currency          ISO 4217 code
 */
public record Service(
        String name,
        String displayName,
        String region,
        Criticality criticality,
        double sloTarget,
        BigDecimal costPerMinute,
        String currency) {

    public Service {
        Alert.requireText(name, "name");
        Alert.requireText(displayName, "displayName");
        Alert.requireText(region, "region");
        Objects.requireNonNull(criticality, "criticality");
        if (!(sloTarget > 0 && sloTarget <= 1)) {
            throw new IllegalArgumentException("SLO target is a ratio in (0, 1], was " + sloTarget);
        }
        Objects.requireNonNull(costPerMinute, "costPerMinute");
        if (costPerMinute.signum() < 0) {
            throw new IllegalArgumentException("cost per minute must not be negative");
        }
        Alert.requireText(currency, "currency");
    }

    /** A service we only know from an alert or incident that named it. */
    public static Service discovered(String name) {
        return new Service(name, name, "unknown", Criticality.TIER_3, 0.99, BigDecimal.ZERO, "EUR");
    }
}
