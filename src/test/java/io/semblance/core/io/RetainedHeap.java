// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import io.semblance.core.model.Dataset;
import java.nio.file.Path;

/**
 * Run in a Java process of its own: prints, for the table named by the argument, the estimated and the measured
 * heap it takes once read ("estimated=... measured=... rows=... estimatedRows=..."). Measured as the heap in use
 * after full collections with the table held, less the heap in use before reading it.
 */
public final class RetainedHeap {
    private RetainedHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        TableMemory estimate = TableMemory.estimate(file, ReadOptions.defaults());
        long before = used();
        Dataset d = TableReaders.read(file);
        long after = used();
        System.out.println("estimated=" + estimate.retainedBytes() + " measured=" + (after - before) + " rows="
                + d.rowCount() + " estimatedRows=" + estimate.rows() + " cell=" + d.value(d.rowCount() - 1, 0));
    }

    private static long used() throws InterruptedException {
        Runtime r = Runtime.getRuntime();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(40);
            least = Math.min(least, r.totalMemory() - r.freeMemory());
        }
        return least;
    }
}
