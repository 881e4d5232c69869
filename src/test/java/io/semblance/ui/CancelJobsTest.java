// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.CsvWriter;
import io.semblance.core.io.TableReaders;
import io.semblance.core.model.Dataset;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.synthesize.RunEngine;
import io.semblance.ui.synthesize.SynthesizeViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancel in the workbench stops the background work itself, not only the progress bar: the job's thread ends
 * within a few seconds (the target is one), whatever it was doing, and the session is as it was before.
 */
class CancelJobsTest {
    /** Generous, for a loaded machine; the latencies measured are printed. */
    private static final long BOUND_MILLIS = 3_000;

    @TempDir
    Path dir;
    private WorkbenchViewModel workbench;
    /** When the last background job's thread finished, in System.nanoTime(); 0 while one runs. */
    private final AtomicLong ended = new AtomicLong();

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        BackgroundJobs jobs = new BackgroundJobs(task -> {
            ended.set(0);
            Thread t = new Thread(() -> {
                try {
                    task.run();
                } finally {
                    ended.set(System.nanoTime());
                }
            }, "cancel-test-job");
            t.setDaemon(true);
            t.start();
        });
        workbench = Fx.call(() -> new WorkbenchViewModel(new DefaultEngine(Locale.US),
                ScriptedDialogs.of(DialogService.class).fake(), jobs));
    }

    private void open(Path table) throws Exception {
        Fx.run(() -> workbench.load(table));
        Fx.waitUntil("the table is open", () -> !workbench.job().busyProperty().get()
                && table.equals(workbench.fileProperty().get()));
    }

    /** Waits until the running job reports progress {@code atLeast}, cancels it, returns ms until its thread ended. */
    private long cancelAt(double atLeast, String what) throws Exception {
        Fx.waitUntil(what, () -> workbench.job().progressProperty().get() >= atLeast);
        long start = System.nanoTime();
        Fx.run(workbench::cancel);
        while (ended.get() == 0 && System.nanoTime() - start < BOUND_MILLIS * 10_000_000L) {
            Thread.sleep(5);
        }
        long millis = (ended.get() - start) / 1_000_000;
        System.out.println("workbench cancel latency, " + what + ": " + millis + " ms");
        assertTrue(ended.get() != 0 && millis <= BOUND_MILLIS, what + ": the job took " + millis + " ms to stop");
        return millis;
    }

    @Test
    void cancellingAnOpenStopsReadingAndKeepsTheOpenTable() throws Exception {
        Path small = Tables.people(dir, "people.csv", 300);
        open(small);
        Dataset before = Fx.call(() -> workbench.datasetProperty().get());
        Dataset adult = TableReaders.read(Fixtures.ADULT.path());
        int n = adult.rowCount();
        Path big = dir.resolve("big.csv");
        CsvWriter.write(adult.selectRows(IntStream.range(0, 8 * n).map(i -> i % n).toArray()), big, false);

        Fx.run(() -> workbench.load(big));
        cancelAt(0.05, "opening a 260,000-row table");

        Fx.run(() -> {
            assertSame(before, workbench.datasetProperty().get(), "the open table stays");
            assertEquals(small, workbench.fileProperty().get());
        });
    }

    @Test
    void cancellingASynthesisStopsItInEachPartAndKeepsNoRun() throws Exception {
        open(Fixtures.ADULT.head(dir, 30_000));
        SynthesizeViewModel vm = Fx.call(() -> new SynthesizeViewModel(workbench.session(), Locale.US,
                RunEngine.standard("test"), run -> { }));
        Fx.run(() -> vm.form().modelProperty().set("cart"));
        for (double part : List.of(0.01, RunEngine.SYNTHESIS_SHARE + 0.05)) {
            Fx.run(vm::generate);
            cancelAt(part, part < RunEngine.SYNTHESIS_SHARE ? "fitting" : "evaluating");
            Fx.run(() -> {
                assertTrue(vm.runs().isEmpty(), "no run is kept");
                assertEquals("Synthesis cancelled; no run was kept", workbench.statusProperty().get());
            });
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("adult.csv"), files.map(p -> p.getFileName().toString()).toList(), "nothing written");
        }
    }
}
