package io.watchfloor.simulator.scenario;

import io.watchfloor.core.Criticality;
import io.watchfloor.core.Service;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modelled retail e-commerce estate: 36 services across eu-west, us-east, ap-south and global,
 * each owned by one support group; a scaled estate adds regional copies of them after those 36. Fixed
 * (not seed dependent), so configs can name services. Immutable.
 */
public final class EstateCatalog {
    private static final String PAYMENTS = Directory.PAYMENTS_SRE;
    private static final String WEB = Directory.WEB_PLATFORM;
    private static final String IDENTITY = Directory.IDENTITY_ACCESS;
    private static final String STORES = Directory.STORE_SYSTEMS;
    private static final String FULFILMENT = Directory.FULFILMENT;
    private static final String DATA = Directory.DATA_PLATFORM;

    /** Regions of the copies in a scaled estate: display suffix and region label. */
    private static final List<String[]> EXTRA_REGIONS = List.of(
            new String[] {"EU Central", "eu-central"}, new String[] {"US West", "us-west"},
            new String[] {"SA East", "sa-east"}, new String[] {"AP Northeast", "ap-northeast"},
            new String[] {"EU North", "eu-north"}, new String[] {"AF South", "af-south"},
            new String[] {"ME Central", "me-central"}, new String[] {"CA Central", "ca-central"});

    private final List<ServiceProfile> profiles;
    private final Map<String, ServiceProfile> byName = new LinkedHashMap<>();

    private EstateCatalog(List<ServiceProfile> profiles) {
        this.profiles = List.copyOf(profiles);
        for (ServiceProfile p : this.profiles) {
            if (byName.putIfAbsent(p.name(), p) != null) {
                throw new IllegalStateException("two services are named " + p.name());
            }
        }
    }

    /** The standard estate. */
    public static EstateCatalog standard() {
        List<ServiceProfile> p = new ArrayList<>();
        add(p, "Checkout", "global", Criticality.TIER_1, 0.9995, 12000, PAYMENTS);
        add(p, "Payments Gateway", "global", Criticality.TIER_1, 0.9995, 9500, PAYMENTS);
        add(p, "API Gateway", "global", Criticality.TIER_1, 0.9995, 8000, WEB);
        add(p, "CDN", "global", Criticality.TIER_1, 0.9995, 6000, WEB);
        add(p, "SSO", "global", Criticality.TIER_1, 0.999, 4000, IDENTITY);
        add(p, "Fraud Detection", "global", Criticality.TIER_1, 0.999, 3000, PAYMENTS);
        add(p, "Identity Directory", "global", Criticality.TIER_2, 0.999, 1200, IDENTITY);
        add(p, "Mobile App API", "global", Criticality.TIER_1, 0.999, 2800, WEB);
        add(p, "Data Pipeline", "global", Criticality.TIER_3, 0.99, 200, DATA);
        add(p, "Email Notifications", "global", Criticality.TIER_3, 0.995, 180, DATA);
        add(p, "SMS Gateway", "global", Criticality.TIER_3, 0.995, 120, DATA);
        add(p, "Catalog", "eu-west", Criticality.TIER_1, 0.999, 2500, WEB);
        add(p, "Search", "eu-west", Criticality.TIER_1, 0.999, 3200, WEB);
        add(p, "Cart", "eu-west", Criticality.TIER_1, 0.9995, 7000, WEB);
        add(p, "Pricing", "eu-west", Criticality.TIER_2, 0.999, 1500, WEB);
        add(p, "Promotions", "eu-west", Criticality.TIER_2, 0.995, 900, WEB);
        add(p, "Customer Accounts", "eu-west", Criticality.TIER_2, 0.999, 1800, IDENTITY);
        add(p, "Reviews", "eu-west", Criticality.TIER_3, 0.99, 90, WEB);
        add(p, "Recommendations", "eu-west", Criticality.TIER_3, 0.995, 600, DATA);
        add(p, "Tax Service", "eu-west", Criticality.TIER_2, 0.999, 2000, PAYMENTS);
        add(p, "Gift Cards", "eu-west", Criticality.TIER_2, 0.999, 700, PAYMENTS);
        add(p, "Loyalty", "eu-west", Criticality.TIER_3, 0.995, 150, IDENTITY);
        add(p, "Click & Collect", "eu-west", Criticality.TIER_2, 0.999, 850, STORES);
        add(p, "Order Management", "us-east", Criticality.TIER_1, 0.9995, 5000, FULFILMENT);
        add(p, "Inventory", "us-east", Criticality.TIER_1, 0.999, 3500, FULFILMENT);
        add(p, "Shipping", "us-east", Criticality.TIER_2, 0.999, 1400, FULFILMENT);
        add(p, "Returns", "us-east", Criticality.TIER_2, 0.995, 400, FULFILMENT);
        add(p, "Warehouse Mgmt", "us-east", Criticality.TIER_2, 0.999, 1600, FULFILMENT);
        add(p, "ERP Bridge", "us-east", Criticality.TIER_2, 0.995, 800, FULFILMENT);
        add(p, "Marketplace Feeds", "us-east", Criticality.TIER_3, 0.99, 350, DATA);
        add(p, "Supplier Portal", "us-east", Criticality.TIER_3, 0.99, 110, FULFILMENT);
        add(p, "POS Sync", "ap-south", Criticality.TIER_2, 0.999, 1100, STORES);
        add(p, "Store Locator", "ap-south", Criticality.TIER_3, 0.99, 60, STORES);
        add(p, "Kiosk Gateway", "ap-south", Criticality.TIER_3, 0.995, 240, STORES);
        add(p, "Last Mile Tracking", "ap-south", Criticality.TIER_3, 0.995, 300, FULFILMENT);
        add(p, "Currency Rates", "ap-south", Criticality.TIER_2, 0.999, 650, PAYMENTS);
        return new EstateCatalog(p);
    }

    /**
     * The standard estate followed by {@code services - 36} regional copies of its services, in catalog order:
     * "Checkout EU Central", "Payments Gateway EU Central", ..., then the next region; after the eight extra
     * regions the copies are numbered ("Checkout EU Central 2"). A copy keeps tier, SLO and owning group and
     * costs 40 % of the original per minute of downtime.
     *
     * @throws IllegalArgumentException for fewer than the 36 standard services
     */
    public static EstateCatalog scaled(int services) {
        EstateCatalog standard = standard();
        int base = standard.profiles.size();
        if (services < base) {
            throw new IllegalArgumentException("the estate has at least the " + base + " standard services, asked for "
                    + services);
        }
        List<ServiceProfile> all = new ArrayList<>(standard.profiles);
        for (int k = 0; k < services - base; k++) {
            ServiceProfile original = standard.profiles.get(k % base);
            int copy = k / base;
            String[] region = EXTRA_REGIONS.get(copy % EXTRA_REGIONS.size());
            int round = copy / EXTRA_REGIONS.size();
            Service s = original.service();
            String displayName = s.displayName() + " " + region[0] + (round == 0 ? "" : " " + (round + 1));
            all.add(new ServiceProfile(new Service(Slug.of(displayName), displayName, region[1], s.criticality(),
                    s.sloTarget(), s.costPerMinute().multiply(BigDecimal.valueOf(4, 1)), s.currency()), original.group()));
        }
        return new EstateCatalog(all);
    }

    private static void add(List<ServiceProfile> list, String displayName, String region, Criticality tier,
                            double slo, long costPerMinute, String group) {
        Service service = new Service(Slug.of(displayName), displayName, region, tier, slo,
                BigDecimal.valueOf(costPerMinute), "EUR");
        list.add(new ServiceProfile(service, group));
    }

    /** Every profile, in catalog order. */
    public List<ServiceProfile> profiles() {
        return profiles;
    }

    /** The core services, in catalog order. */
    public List<Service> services() {
        return profiles.stream().map(ServiceProfile::service).toList();
    }

    /** The profile of the service with this name. */
    public Optional<ServiceProfile> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The profile of a service the scenario itself names; a missing one is a bug in the scenario. */
    public ServiceProfile require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no such service in the estate: " + name));
    }
}
