// SPDX-License-Identifier: Apache-2.0
package io.semblance.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a benchmark ran on: processor, cores, Java, heap, and how busy the machine was (Linux /proc when present). */
final class BenchMachine {
    private BenchMachine() {
    }

    /** Cores, processor model, operating system, JVM and maximum heap, on one line. */
    static String describe() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, %s; %s %s (%s); %s %s; max heap %,d MB",
                rt.availableProcessors(), cpuModel(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"), rt.maxMemory() / (1 << 20));
    }

    /** The processor's model name from /proc/cpuinfo, or "processor model unknown". */
    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: fall through
        }
        return "processor model unknown";
    }

    /** Like uptime(1): how long the machine has been up and its load averages over 1, 5 and 15 minutes. */
    static String uptime() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            double up = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).strip().split("\\s+")[0]);
            long minutes = (long) up / 60;
            return String.format(Locale.ROOT, "up %d:%02d, load average: %s, %s, %s", minutes / 60, minutes % 60,
                    load[0], load[1], load[2]);
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "load average unknown" : String.format(Locale.ROOT, "load average: %.2f", one);
        }
    }

    /** Sum over heap pools of each pool's peak usage: an upper bound of the heap in use at any moment. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
