// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Finds out why the FX thread was late, for benchmarks: while a pulse is overdue, samples every 10 ms what the FX
 * thread is running, and records the garbage collector's pauses, both on the JVM's clock (ms since start).
 */
final class StallSampler {
    /** A pulse this late (ms) is a stall worth explaining. */
    private static final long LATE_MS = 100;
    private static final RuntimeMXBean JVM = ManagementFactory.getRuntimeMXBean();

    /** A stretch of time without a pulse: when it began (JVM ms), how long, and what the FX thread was seen doing. */
    private record Stall(long start, long length, Map<String, Integer> seen) {
    }

    private volatile long lastPulse = JVM.getUptime();
    private volatile boolean running = true;
    private final List<Stall> stalls = new ArrayList<>();
    private final List<long[]> gcPauses = new ArrayList<>();
    private Thread fx;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            lastPulse = JVM.getUptime();
        }
    };

    void start() throws Exception {
        FutureTask<Thread> t = new FutureTask<>(Thread::currentThread);
        Platform.runLater(t);
        fx = t.get();
        Platform.runLater(timer::start);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                    synchronized (gcPauses) {
                        gcPauses.add(new long[] {info.getStartTime(), info.getDuration()});
                    }
                }
            }, null, null);
        }
        Thread watch = new Thread(this::watch, "stall-sampler");
        watch.setDaemon(true);
        watch.start();
    }

    private void watch() {
        long pulseSeen = lastPulse;
        Map<String, Integer> seen = new LinkedHashMap<>();
        while (running) {
            long now = JVM.getUptime();
            long last = lastPulse;
            if (last != pulseSeen) {
                if (last - pulseSeen > LATE_MS) {
                    synchronized (stalls) {
                        stalls.add(new Stall(pulseSeen, last - pulseSeen, seen));
                    }
                }
                seen = new LinkedHashMap<>();
                pulseSeen = last;
            } else if (now - last > LATE_MS / 2) {
                seen.merge(top(fx.getStackTrace()), 1, Integer::sum);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The first frames of the stack that say what is being done, in one line. */
    private static String top(StackTraceElement[] stack) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(4, stack.length); i++) {
            sb.append(i == 0 ? "" : " < ").append(stack[i].getClassName().replaceAll(".*\\.", "")).append('.')
                    .append(stack[i].getMethodName());
        }
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("io.semblance")) {
                return sb + " ... " + e;
            }
        }
        return sb.toString();
    }

    /** Stops sampling and prints each stall between {@code from} and {@code to} (JVM ms), with the GC pauses in it. */
    void report(long from, long to, java.io.PrintStream out) {
        running = false;
        Platform.runLater(timer::stop);
        synchronized (stalls) {
            for (Stall s : stalls) {
                if (s.start() < from || s.start() > to) {
                    continue;
                }
                long gc = 0;
                synchronized (gcPauses) {
                    for (long[] p : gcPauses) {
                        long overlap = Math.min(s.start() + s.length(), p[0] + p[1]) - Math.max(s.start(), p[0]);
                        gc += Math.max(0, overlap);
                    }
                }
                out.printf("stall of %d ms at %.1f s (%d ms of it in GC pauses); the FX thread was in:%n", s.length(),
                        s.start() / 1000.0, gc);
                s.seen().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                        .forEach(e -> out.println("    " + e.getValue() + "× " + e.getKey()));
            }
        }
    }

    /** Now, on the clock of the stalls. */
    static long now() {
        return JVM.getUptime();
    }
}
