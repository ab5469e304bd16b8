package io.watchfloor.simulator;

import io.watchfloor.simulator.scenario.World;
import java.util.concurrent.locks.Lock;

/** {@link ScenarioControl} on the world, under the simulator lock. */
final class WorldControl implements ScenarioControl {
    private final World world;
    private final Lock lock;

    WorldControl(World world, Lock lock) {
        this.world = world;
        this.lock = lock;
    }

    @Override
    public void startOutage(String serviceName) {
        locked(() -> world.startOutage(serviceName));
    }

    @Override
    public void endOutage(String serviceName) {
        locked(() -> world.endOutage(serviceName));
    }

    @Override
    public void fireAlert(String service, String alertname, String severity) {
        locked(() -> world.fireAlert(service, alertname, severity));
    }

    @Override
    public void resolveAlert(String service, String alertname) {
        locked(() -> world.resolveAlert(service, alertname));
    }

    @Override
    public void addUser(String name) {
        locked(() -> world.directory().addUser(name));
    }

    private void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }
}
