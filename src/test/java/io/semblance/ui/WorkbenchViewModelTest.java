// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.common.DialogService;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.ColumnMeta;
import io.semblance.ui.common.BackgroundJobs;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's state and actions, driven without a window: dialogs are answered by {@link ScriptedDialogs}. */
class WorkbenchViewModelTest {
    @TempDir
    Path dir;
    private Path slow;
    private GatedEngine engine;
    private ScriptedDialogs<DialogService> dialogs;
    private WorkbenchViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        slow = Tables.people(dir, "slow.csv", 10);
        engine = new GatedEngine(slow);
        dialogs = ScriptedDialogs.of(DialogService.class);
        vm = Fx.call(() -> new WorkbenchViewModel(engine, dialogs.fake(), new BackgroundJobs()));
    }

    private void loadAndWait(Path file) throws Exception {
        Fx.run(() -> vm.load(file));
        Fx.waitUntil("the load ends", () -> !vm.job().busyProperty().get());
    }

    @Test
    void loadingShowsColumnsAndSuggestedRoles() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 1500));

        Fx.run(() -> {
            assertEquals("Semblance — people.csv", vm.titleProperty().get());
            assertEquals(1500, vm.datasetProperty().get().rowCount());
            List<ColumnMeta> columns = vm.metadataProperty().get().columns();
            assertEquals(List.of("numerical", "categorical", "categorical", "numerical"),
                    columns.stream().map(ColumnMeta::sdtypeName).toList());
            assertEquals(ColumnRole.QUASI_IDENTIFIER, columns.get(0).role());
            assertEquals(ColumnRole.SENSITIVE, columns.get(3).role());
            assertTrue(vm.session().profiles().get(2).missing() > 0, "some cities are missing");
            assertEquals(List.of("age", "sex", "city", "income"), vm.metadataProperty().get().names());
            assertEquals(List.of(), dialogs.errors());
        });
    }

    @Test
    void afterARestartTheStepShownLastIsShownAgainIfItIsAvailableElseData() throws Exception {
        Preferences node = Preferences.userRoot().node("io/semblance/test/" + UUID.randomUUID());
        try {
            Path people = Tables.people(dir, "people.csv", 50);
            Fx.run(() -> vm.rememberSteps(WindowMemory.in(node)));
            loadAndWait(people);
            Fx.run(() -> vm.go(Step.SYNTHESIZE));
            assertEquals(Step.SYNTHESIZE, WindowMemory.in(node).step());

            assertEquals(Step.SYNTHESIZE, restartedOn(people, WindowMemory.in(node).step()));

            Fx.run(() -> vm.go(Step.COMPARE)); // not available: no run
            assertEquals(Step.SYNTHESIZE, WindowMemory.in(node).step());
            WindowMemory.in(node).remember(Step.COMPARE); // closed on Compare; runs are not kept across a restart
            assertEquals(Step.DATA, restartedOn(people, WindowMemory.in(node).step()));
        } finally {
            node.removeNode();
        }
    }

    /** The step a new workbench shows once it has opened {@code table} at start and resumed {@code last}. */
    private Step restartedOn(Path table, Step last) throws Exception {
        WorkbenchViewModel next = Fx.call(() -> new WorkbenchViewModel(engine, dialogs.fake(), new BackgroundJobs()));
        assertEquals(Step.DATA, Fx.call(() -> next.stepProperty().get()), "Data while the table loads");
        boolean[] shown = new boolean[1];
        Fx.run(() -> next.load(table, () -> {
            next.resume(last);
            shown[0] = true;
        }));
        Fx.waitUntil("the table is shown", () -> shown[0]);
        return Fx.call(() -> next.stepProperty().get());
    }

    @Test
    void theStewardsOwnChoiceWhileTheTableLoadsIsNotOverridden() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 50));
        Fx.run(() -> {
            vm.go(Step.COLUMNS);
            vm.resume(Step.SYNTHESIZE);
            assertEquals(Step.COLUMNS, vm.stepProperty().get());
            vm.go(Step.DATA);
            vm.resume(Step.SYNTHESIZE);
            assertEquals(Step.SYNTHESIZE, vm.stepProperty().get());
        });
    }

    @Test
    void aRoleChosenByTheStewardIsStoredInTheMetadata() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 50));
        Fx.run(() -> {
            vm.setRole("city", ColumnRole.INSENSITIVE);
            assertEquals(ColumnRole.INSENSITIVE, vm.metadataProperty().get().column("city").orElseThrow().role());
            assertEquals(ColumnRole.QUASI_IDENTIFIER, vm.metadataProperty().get().column("age").orElseThrow().role());
        });
    }

    @Test
    void cancellingALoadKeepsThePreviousTable() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 40));
        Dataset before = Fx.call(() -> vm.datasetProperty().get());

        Fx.run(() -> vm.load(slow));
        assertTrue(engine.slowStarted.await(10, TimeUnit.SECONDS));
        Fx.run(() -> assertTrue(vm.job().busyProperty().get()));
        Fx.run(vm::cancel);

        Fx.run(() -> {
            assertFalse(vm.job().busyProperty().get());
            assertSame(before, vm.datasetProperty().get());
            assertEquals("Semblance — people.csv", vm.titleProperty().get());
            assertEquals("Stopped opening the table", vm.statusProperty().get());
        });
        Fx.waitUntil("the engine sees the cancellation", () -> engine.slowSawCancel);
        Thread.sleep(100);
        Fx.run(() -> assertSame(before, vm.datasetProperty().get()));
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void openingAnotherTableWhileOneLoadsCancelsTheFirst() throws Exception {
        Fx.run(() -> vm.load(slow));
        assertTrue(engine.slowStarted.await(10, TimeUnit.SECONDS));
        loadAndWait(Tables.people(dir, "latest.csv", 30));

        Fx.waitUntil("the first load is cancelled", () -> engine.slowSawCancel);
        Fx.run(() -> assertEquals("latest.csv", vm.fileProperty().get().getFileName().toString()));
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void aFileThatCannotBeReadIsReportedInOneLineAndTheTableStays() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 40));
        loadAndWait(dir.resolve("missing.csv"));

        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().get(0).startsWith("Could not open missing.csv: There is no file"), dialogs.errors()::toString);
        assertFalse(dialogs.errors().get(0).contains("\n"));
        Fx.run(() -> assertEquals("people.csv", vm.fileProperty().get().getFileName().toString()));
    }

    @Test
    void nothingLoadsWhenTheUserCancelsTheOpenDialog() throws Exception {
        Fx.run(vm::open);
        Fx.run(() -> {
            assertFalse(vm.job().busyProperty().get());
            assertNull(vm.datasetProperty().get());
        });
    }
}
