/**
 * The Watchfloor simulator: an embedded NOC on loopback that speaks the real wire formats of
 * Alertmanager v2, the Prometheus query API and the ServiceNow Table API (API-NOTES.md §1-3) on one
 * port, so the demo, the engine tests and benchmarks run against something that behaves like the
 * real systems. It never uses connector classes: it writes and reads the JSON itself.
 *
 * <h2>Scenario model</h2>
 * <ul>
 *   <li><b>Estate.</b> 36 services of a retail e-commerce business (checkout, payments-gateway, cdn,
 *       sso, catalog, search, inventory, pos-sync, ...) across eu-west, us-east, ap-south and global,
 *       each owned by a support group of the simulated service desk.</li>
 *   <li><b>Time.</b> Simulated now = t0 + (clock time since start) x speed, where t0 is the clock's
 *       instant at start. Tests drive it with a mutable clock.</li>
 *   <li><b>Plan.</b> In {@link io.watchfloor.simulator.ScenarioMode#LIVE} mode a seeded plan holds
 *       15 days of probe history (most services 99.9x %, three "troubled" ones below their SLO, with
 *       closed incidents for the longer outages of the last three days), an opening scene at t0 (a
 *       payments/checkout cascade with a fresh unassigned P1, a CDN cascade with its P2, a POS backlog P2,
 *       a breached P3, a P3 on hold, a new P3, an old P4), and endless generators: noise alerts every
 *       ~100 s, an outage cascade every 45-120 min (payments, CDN, SSO, POS sync, order database; a
 *       third of them severe enough to fail a probe) that escalates, opens an incident that is
 *       acknowledged, escalated and resolved, and subsides, and a background P3/P4 ticket every 1.5-4 h. Generators unroll lazily and sequentially, so the state
 *       at time t is a pure function of (seed, t, injected events, writes received), independent of
 *       when or how often anyone polled.</li>
 *   <li><b>Scale.</b> {@link io.watchfloor.simulator.SimulatorScale} (the load of benchmarks) grows the
 *       estate with regional copies of the 36 services and adds a population on top of the scenario: a fixed
 *       number of alerts firing at every instant (drawn from the everyday rules, on pods of the services,
 *       replaced at an even churn rate) and of open incidents opened before t0. The population is a pure
 *       function of (seed, t0, t) too; the standard scale has none.</li>
 *   <li><b>Injected events.</b> {@link io.watchfloor.simulator.ScenarioControl} adds outages and
 *       alerts at the current simulated instant; {@link io.watchfloor.simulator.ScenarioMode#SCRIPTED}
 *       mode has nothing else.</li>
 *   <li><b>Writes.</b> Silences and incident updates received through the APIs change what later reads
 *       return and win over the scenario (an incident an operator resolved stays resolved, one they
 *       acknowledged stays assigned to them and In Progress, an escalated one keeps its new group and
 *       priority; assignment or a state change completes the response SLA); work notes and comments are
 *       readable from {@code sys_journal_field} with their author's login; every write is in the
 *       {@link io.watchfloor.simulator.Ledger}.</li>
 *   <li><b>Desk users.</b> The desk knows a fixed staff plus users added with
 *       {@link io.watchfloor.simulator.ScenarioControl#addUser} (the demo's operator), and the NOC groups
 *       of Watchfloor's default escalation matrix (NOC Tier 2, NOC Shift Leads, Duty Managers).</li>
 * </ul>
 */
package io.watchfloor.simulator;
