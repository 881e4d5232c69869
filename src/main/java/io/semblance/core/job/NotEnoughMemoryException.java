// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

import java.util.Locale;

/**
 * Thrown before a job starts when what it needs does not fit in the memory Java may still use. The message says
 * what needs how much and how much there is ("big.csv needs about 3.1 GB of memory but only 1.9 GB is free"); the
 * command line and the workbench add how to get more.
 */
public final class NotEnoughMemoryException extends RuntimeException {
    private final String subject;
    private final long needed;
    private final long available;
    private final long suggestedMaxHeap;

    /**
     * @param subject          what needs the memory, e.g. a file name
     * @param needed           bytes needed
     * @param available        bytes free for it now
     * @param suggestedMaxHeap a maximum heap (-Xmx) under which it would fit, in bytes
     */
    public NotEnoughMemoryException(String subject, long needed, long available, long suggestedMaxHeap) {
        super(subject + " needs about " + size(needed) + " of memory but only " + size(available) + " is free");
        this.subject = subject;
        this.needed = needed;
        this.available = available;
        this.suggestedMaxHeap = suggestedMaxHeap;
    }

    public String subject() {
        return subject;
    }

    public long needed() {
        return needed;
    }

    public long available() {
        return available;
    }

    /** The -Xmx value to suggest, in whole gigabytes: "4g". */
    public String suggestedXmx() {
        return xmx(suggestedMaxHeap);
    }

    /** A heap size as an -Xmx value, rounded up to whole gigabytes: "4g". */
    public static String xmx(long bytes) {
        return Math.max(1, (bytes + (1L << 30) - 1) >> 30) + "g";
    }

    /** A size for people: "850 MB", "3.1 GB". */
    public static String size(long bytes) {
        double mb = bytes / 1048576.0;
        return mb < 1000 ? String.format(Locale.ROOT, "%d MB", Math.max(1, Math.round(mb)))
                : String.format(Locale.ROOT, "%.1f GB", mb / 1024);
    }
}
