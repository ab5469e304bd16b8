package io.watchfloor.engine;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon threads with a readable name, so a thread dump says who is who. */
public final class NamedThreads implements ThreadFactory {
    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    public NamedThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable r) {
        int n = count.getAndIncrement();
        Thread t = new Thread(r, n == 0 ? name : name + "-" + n);
        t.setDaemon(true);
        return t;
    }
}
