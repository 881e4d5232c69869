// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.ui.columns.ColumnRow;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.synthesize.SynthesisRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's state and actions, driven without a window: dialogs are answered by {@link RecordingDialogs}. */
class WorkbenchViewModelTest {
    @TempDir
    Path dir;
    private Path slow;
    private GatedEngine engine;
    private RecordingDialogs dialogs;
    private WorkbenchViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        slow = Tables.people(dir, "slow.csv", 10);
        engine = new GatedEngine(slow);
        dialogs = new RecordingDialogs();
        vm = Fx.call(() -> new WorkbenchViewModel(engine, dialogs, new BackgroundJobs()));
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
            assertEquals(List.of("age", "sex", "city", "income"), vm.columns().stream().map(ColumnRow::name).toList());
            assertEquals(List.of("numerical", "categorical", "categorical", "numerical"),
                    vm.columns().stream().map(ColumnRow::type).toList());
            assertEquals(ColumnRole.QUASI_IDENTIFIER, vm.columns().get(0).role());
            assertEquals(ColumnRole.SENSITIVE, vm.columns().get(3).role());
            assertTrue(vm.columns().get(2).missingShare() > 0, "some cities are missing");
            assertEquals(List.of("age", "sex", "city", "income"), vm.metadataProperty().get().names());
            assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        });
    }

    @Test
    void aRoleChosenByTheStewardIsStoredInTheMetadata() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 50));
        Fx.run(() -> {
            vm.setRole("city", ColumnRole.INSENSITIVE);
            assertEquals(ColumnRole.INSENSITIVE, vm.metadataProperty().get().column("city").orElseThrow().role());
            assertEquals(ColumnRole.INSENSITIVE, vm.columns().get(2).role());
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
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void openingAnotherTableWhileOneLoadsCancelsTheFirst() throws Exception {
        Fx.run(() -> vm.load(slow));
        assertTrue(engine.slowStarted.await(10, TimeUnit.SECONDS));
        loadAndWait(Tables.people(dir, "latest.csv", 30));

        Fx.waitUntil("the first load is cancelled", () -> engine.slowSawCancel);
        Fx.run(() -> assertEquals("latest.csv", vm.fileProperty().get().getFileName().toString()));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void aFileThatCannotBeReadIsReportedInOneLineAndTheTableStays() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 40));
        loadAndWait(dir.resolve("missing.csv"));

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Could not open missing.csv: There is no file"), dialogs.errors::toString);
        assertFalse(dialogs.errors.get(0).contains("\n"));
        Fx.run(() -> assertEquals("people.csv", vm.fileProperty().get().getFileName().toString()));
    }

    @Test
    void synthesisWritesTheRequestedRowsAndReportsTheSeed() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 200));
        Path out = dir.resolve("synthetic.csv");
        dialogs.synthesisAnswers.add(new SynthesisRequest(321, 42, out, false));

        Fx.run(vm::synthesize);
        Fx.waitUntil("the synthesis ends", () -> !vm.job().busyProperty().get());

        assertEquals(200, dialogs.synthesisQuestions.get(0).rows(), "the input's size is offered");
        assertEquals("people-synthetic.csv", dialogs.synthesisQuestions.get(0).fileName());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(322, Tables.lines(out));
        assertEquals("age,sex,city,income", Files.readAllLines(out).get(0));
        Fx.run(() -> assertEquals("Wrote 321 rows to " + out + " (seed 42)", vm.statusProperty().get()));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserConfirmed() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 60));
        Path out = Files.writeString(dir.resolve("keep.csv"), "precious\n");

        Fx.run(() -> vm.synthesize(new SynthesisRequest(10, 1, out, false)));
        Fx.waitUntil("the synthesis ends", () -> !vm.job().busyProperty().get());
        assertEquals("precious\n", Files.readString(out));
        assertEquals(List.of("Could not synthesize: " + out + " already exists"), dialogs.errors);

        Fx.run(() -> vm.synthesize(new SynthesisRequest(10, 1, out, true)));
        Fx.waitUntil("the synthesis ends", () -> !vm.job().busyProperty().get());
        assertEquals(11, Tables.lines(out));
    }

    @Test
    void cancellingASynthesisWritesNothingAndSaysSo() throws Exception {
        loadAndWait(Tables.people(dir, "people.csv", 60));
        Path out = dir.resolve("out").resolve(slow.getFileName());
        Files.createDirectories(out.getParent());

        Fx.run(() -> vm.synthesize(new SynthesisRequest(10, 1, out, false)));
        assertTrue(engine.slowStarted.await(10, TimeUnit.SECONDS));
        Fx.run(() -> assertTrue(vm.synthesizingProperty().get()));
        Fx.run(vm::cancel);

        Fx.run(() -> {
            assertFalse(vm.job().busyProperty().get());
            assertEquals("Synthesis cancelled; no file was written", vm.statusProperty().get());
        });
        Fx.waitUntil("the engine sees the cancellation", () -> engine.slowSawCancel);
        assertFalse(Files.exists(out));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void aColumnMarkedIdentifierIsReplacedByFakesNeverRealValues() throws Exception {
        Path in = Tables.people(dir, "people.csv", 60);
        loadAndWait(in);
        Path out = dir.resolve("fakes.csv");
        Fx.run(() -> {
            vm.setRole("city", ColumnRole.IDENTIFIER);
            vm.synthesize(new SynthesisRequest(40, 1, out, false));
        });
        Fx.waitUntil("the synthesis ends", () -> !vm.job().busyProperty().get());

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        java.util.Set<String> realCities = new java.util.HashSet<>();
        for (String line : Files.readAllLines(in).subList(1, 61)) {
            realCities.add(line.split(",", -1)[2]);
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(41, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String city = line.split(",", -1)[2];
            assertFalse(!city.isEmpty() && realCities.contains(city), city);
        }
    }

    @Test
    void nothingRunsWhenTheUserCancelsADialog() throws Exception {
        Fx.run(vm::open);
        Fx.run(() -> {
            assertFalse(vm.job().busyProperty().get());
            assertNull(vm.datasetProperty().get());
            vm.synthesize();
        });
        assertTrue(dialogs.synthesisQuestions.isEmpty(), "no table, no synthesis question");
    }
}
