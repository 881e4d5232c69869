// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

/**
 * The memory Java may still use, judged before a large job starts so that a job too large for the heap is refused
 * with a clear message instead of failing half-way with an OutOfMemoryError.
 */
public final class HeapBudget {
    private HeapBudget() {
    }

    /** Bytes of heap not in use now: the maximum heap less what is allocated (which may include garbage). */
    public static long available() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /**
     * Throws {@link NotEnoughMemoryException} when {@code needed} bytes do not fit in the free heap. Before
     * refusing, garbage is collected once so that only memory in real use counts against the job.
     */
    public static void require(String subject, long needed) {
        if (needed <= available()) {
            return;
        }
        System.gc();
        long free = available();
        if (needed > free) {
            long inUse = Runtime.getRuntime().maxMemory() - free;
            throw new NotEnoughMemoryException(subject, needed, Math.max(0, free), (long) ((inUse + needed) * 1.25));
        }
    }
}
