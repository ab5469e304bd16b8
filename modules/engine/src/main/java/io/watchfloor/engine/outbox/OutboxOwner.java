package io.watchfloor.engine.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds an outbox claim: {@code <host>/<pid>/<run>}. A claim held by a process on this host that
 * no longer runs (killed, crashed) can be taken over at once instead of waiting for its lease.
 *
 * @param id the owner string stored with a claim
 */
record OutboxOwner(String id) {
    /** Looked up once: {@code getLocalHost()} may ask the resolver, and the dispatcher checks owners every pass. */
    private static final String HOST = lookUpHost();

    /** This process. */
    static OutboxOwner thisProcess() {
        return new OutboxOwner(HOST + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Whether {@code owner} names a process on this host that is no longer alive. */
    static boolean deadOnThisHost(String owner) {
        String[] parts = owner.split("/");
        if (parts.length != 3 || !parts[0].equals(HOST)) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            return p.isEmpty() || !p.get().isAlive();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String lookUpHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
