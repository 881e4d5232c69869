// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableRead;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.HeapBudget;
import io.semblance.core.job.NotEnoughMemoryException;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.ui.Fx;
import io.semblance.ui.ScriptedDialogs;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table too large for the memory left is refused before it is read, with what to do; the open table stays. */
class TooLargeTableTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    /** The real engine, except that tables named big*.csv need five times the heap Java may use. */
    private static final class SmallHeap extends DefaultEngine {
        final AtomicInteger fullReads = new AtomicInteger();

        SmallHeap() {
            super(Locale.US);
        }

        @Override
        public void checkMemory(Path file, ReadOptions options) {
            if (file.getFileName().toString().startsWith("big")) {
                HeapBudget.require(file.getFileName().toString(), 5 * Runtime.getRuntime().maxMemory());
            }
            super.checkMemory(file, options);
        }

        @Override
        public TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress,
                              Cancellation cancel) throws DataFormatException, IOException {
            if (maxRows == Integer.MAX_VALUE) {
                fullReads.incrementAndGet();
            }
            return super.read(file, options, maxRows, progress, cancel);
        }
    }

    @Test
    void theStewardIsToldHowMuchItNeedsAndHowToStartWithMore() throws Exception {
        ScriptedDialogs<DialogService> dialogs = ScriptedDialogs.of(DialogService.class);
        SmallHeap engine = new SmallHeap();
        Preferences node = Preferences.userRoot().node("io/semblance/test/" + java.util.UUID.randomUUID());
        try {
            BackgroundJobs jobs = new BackgroundJobs();
            Session session = new Session(jobs);
            DataViewModel vm = Fx.call(() -> new DataViewModel(session, engine, dialogs.fake(), jobs,
                    RecentFiles.persisted(node), new Samples()));
            Path small = Files.writeString(dir.resolve("small.csv"), "n\n1\n2\n");
            Path big = Files.writeString(dir.resolve("big.csv"), "n\n1\n2\n");
            Fx.run(() -> vm.load(small));
            Fx.waitUntil("the open ends", () -> !session.job().busyProperty().get());
            Dataset before = Fx.call(() -> session.datasetProperty().get());

            Fx.run(() -> vm.load(big));
            Fx.waitUntil("the open ends", () -> !session.job().busyProperty().get());

            assertEquals(1, engine.fullReads.get(), "big.csv was never read");
            assertSame(before, Fx.call(() -> session.datasetProperty().get()), "the open table stays");
            List<String> errors = dialogs.errors();
            assertEquals(1, errors.size(), errors::toString);
            String needed = NotEnoughMemoryException.size(5 * Runtime.getRuntime().maxMemory());
            assertTrue(errors.get(0).matches(java.util.regex.Pattern.quote("Could not open big.csv: big.csv needs about "
                    + needed + " of memory but only ") + "[\\d.]+ [MG]B is free\\. Start Semblance with more \\(for"
                    + " example set JAVA_TOOL_OPTIONS=-Xmx\\d+g before starting it\\) or open fewer rows of the"
                    + " table\\."), errors.get(0));
        } finally {
            node.removeNode();
        }
    }
}
