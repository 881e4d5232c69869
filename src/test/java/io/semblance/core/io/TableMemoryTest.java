// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ChildJvm;
import io.semblance.Fixtures;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.HeapBudget;
import io.semblance.core.job.NotEnoughMemoryException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The estimate of a table's heap before reading it, against what reading it really takes. */
class TableMemoryTest {
    private static final Pattern PROBE = Pattern.compile("estimated=(\\d+) measured=(\\d+) rows=(\\d+) "
            + "estimatedRows=(\\d+)");

    @TempDir
    Path dir;

    /** Estimated and measured retained heap of the table, measured in a process of its own. */
    private Map<String, Long> probe(Path table) throws Exception {
        ChildJvm child = ChildJvm.start(dir, "1g", RetainedHeap.class.getName(), table.toString());
        assertEquals(0, child.waitFor(120), child.err());
        Matcher m = PROBE.matcher(child.out());
        assertTrue(m.find(), child.out());
        System.out.println(table.getFileName() + ": " + child.out().strip());
        return Map.of("estimated", Long.parseLong(m.group(1)), "measured", Long.parseLong(m.group(2)),
                "rows", Long.parseLong(m.group(3)), "estimatedRows", Long.parseLong(m.group(4)));
    }

    private static void assertWithinFactorTwo(Map<String, Long> p) {
        double ratio = (double) p.get("estimated") / p.get("measured");
        assertTrue(ratio >= 0.5 && ratio <= 2, "estimate / measured = " + ratio + " " + p);
        double rows = (double) p.get("estimatedRows") / p.get("rows");
        assertTrue(rows >= 0.8 && rows <= 1.25, "estimated rows / rows = " + rows + " " + p);
    }

    @Test
    void theEstimateForAdultIsWithinAFactorOfTwoOfTheHeapItTakes() throws Exception {
        assertWithinFactorTwo(probe(Fixtures.ADULT.path()));
    }

    @Test
    void theEstimateForAWorkbookIsWithinAFactorOfTwoToo() throws Exception {
        Dataset adult = TableReaders.read(Fixtures.ADULT.path());
        Path xlsx = dir.resolve("adult.xlsx");
        new XlsxWriter("adult", Set.of("age", "fnlwgt", "education-num", "capital-gain", "capital-loss",
                "hours-per-week")).write(adult, xlsx, false, ProgressListener.NONE, Cancellation.NEVER);
        assertWithinFactorTwo(probe(xlsx));
    }

    @Test
    void rowsBeyondTheFirstOnesAreCountedFromTheFileSize() throws Exception {
        Dataset adult = TableReaders.read(Fixtures.ADULT.path());
        int n = adult.rowCount();
        Path csv = dir.resolve("adult3.csv");
        CsvWriter.write(adult.selectRows(IntStream.range(0, 3 * n).map(i -> i % n).toArray()), csv, false);
        TableMemory three = TableMemory.estimate(csv, ReadOptions.defaults());
        TableMemory one = TableMemory.estimate(Fixtures.ADULT.path(), ReadOptions.defaults());
        assertEquals(3.0, (double) three.rows() / one.rows(), 0.15);
        assertEquals(3.0, (double) three.retainedBytes() / one.retainedBytes(), 0.15);
        assertTrue(three.readPeakBytes() > three.retainedBytes() + 3 * Files.size(csv) - 1,
                "reading holds the file's bytes and characters as well");
        assertEquals(Math.max(three.readPeakBytes(), 2 * three.retainedBytes()), three.neededBytes());
    }

    @Test
    void aTableLargerThanTheFreeHeapIsRefusedWithItsSizeAndAHeapThatWouldDo() {
        long free = HeapBudget.available();
        NotEnoughMemoryException e = assertThrows(NotEnoughMemoryException.class,
                () -> HeapBudget.require("big.csv", Runtime.getRuntime().maxMemory() * 3));
        assertTrue(e.getMessage().matches("big\\.csv needs about [\\d.]+ [MG]B of memory but only [\\d.]+ [MG]B is"
                + " free"), e.getMessage());
        assertTrue(e.available() >= free / 2 && e.needed() == Runtime.getRuntime().maxMemory() * 3);
        long suggested = Long.parseLong(e.suggestedXmx().replace("g", "")) << 30;
        assertTrue(suggested >= e.needed(), e.suggestedXmx() + " holds the table");
        HeapBudget.require("small.csv", 1 << 20);
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals("850 MB", NotEnoughMemoryException.size(850L << 20));
        assertEquals("3.1 GB", NotEnoughMemoryException.size((long) (3.1 * (1L << 30))));
        assertEquals("1 MB", NotEnoughMemoryException.size(10));
        assertEquals("4g", NotEnoughMemoryException.xmx((3L << 30) + 1));
        assertEquals("1g", NotEnoughMemoryException.xmx(5));
    }

    @Test
    void aFileThatCannotBeLookedAtIsLeftToTheReaderToExplain() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "a,b\n\"1,2\n");
        assertThrows(DataFormatException.class, () -> TableMemory.estimate(bad, ReadOptions.defaults()));
        TableMemory.check(bad, ReadOptions.defaults());
        TableMemory.check(dir.resolve("missing.csv"), ReadOptions.defaults());
    }
}
