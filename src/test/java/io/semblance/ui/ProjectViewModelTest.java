// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.project.ProjectDialogs;
import io.semblance.ui.common.DialogService;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.ColumnRole;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.project.ProjectDialogs.Unsaved;
import io.semblance.ui.project.ProjectFile;
import io.semblance.ui.project.ProjectFile.SavedRun;
import io.semblance.ui.project.ProjectViewModel;
import io.semblance.ui.project.RunReplay;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and reopening projects, driven without a window: a fresh workbench stands for the next start. */
class ProjectViewModelTest {
    @TempDir
    Path dir;

    /** One start of the workbench: its view model, project, dialogs and the runs handed over for regeneration. */
    private static final class Bench {
        final ScriptedDialogs<ProjectDialogs> dialogs =
                ScriptedDialogs.of(ProjectDialogs.class).answer("askToSave", Unsaved.CANCEL);
        final List<List<SavedRun>> replayed = new ArrayList<>();
        /** The session's limits when the runs were handed over. */
        Thresholds limitsAtReplay;
        WorkbenchViewModel vm;
        ProjectViewModel project;

        Bench(boolean recordReplay) throws Exception {
            Fx.run(() -> {
                vm = new WorkbenchViewModel(new DefaultEngine(Locale.US), ScriptedDialogs.of(DialogService.class).fake(), new BackgroundJobs());
                RunReplay replay = recordReplay ? runs -> {
                    replayed.add(runs);
                    limitsAtReplay = vm.session().limitsProperty().get();
                } : RunReplay.announce(vm.session().statusProperty()::set);
                project = new ProjectViewModel(vm, dialogs.fake(), replay);
            });
        }

        void load(Path table) throws Exception {
            Fx.run(() -> vm.load(table));
            Fx.waitUntil("the table is open", () -> !vm.job().busyProperty().get() && vm.datasetProperty().get() != null);
        }

        void open(Path file) throws Exception {
            Fx.run(() -> project.open(file));
            Fx.waitUntil("the project is opened or refused", () -> !vm.job().busyProperty().get());
        }

        void addRun(int number, long seed, String origin) throws Exception {
            Fx.run(() -> vm.session().addRun(new Run(number, RunSettings.defaults(100, seed),
                    vm.metadataProperty().get(), null, null, null, null, null, Duration.ZERO, List.of(), origin)));
        }

        boolean dirty() throws Exception {
            return Fx.call(() -> project.dirtyProperty().get());
        }

        String title() throws Exception {
            return Fx.call(() -> project.titleProperty().get());
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    /** A project saved in {@code folder} on people.csv in {@code folder/data}, with a changed role and two runs. */
    private Path savedProject(Path folder) throws Exception {
        Path table = Tables.people(Files.createDirectories(folder.resolve("data")), "people.csv", 80);
        Bench first = new Bench(true);
        first.load(table);
        assertFalse(first.dirty(), "a table just opened has nothing to save");
        Fx.run(() -> first.vm.setRole("city", ColumnRole.INSENSITIVE));
        first.addRun(1, 11, null);
        first.addRun(2, 12, "from run 1");
        assertTrue(first.dirty());
        assertEquals("Semblance — people.csv •", first.title());

        first.dialogs.queue("chooseProjectToSave", folder.resolve("study")); // the extension is added
        assertTrue(Fx.call(first.project::saveAs));
        assertEquals(List.of("chooseProjectToSave"), first.dialogs.asked());
        assertEquals(List.of("people.semblance"), first.dialogs.argument("chooseProjectToSave", 1));
        assertFalse(first.dirty());
        assertEquals("Semblance — study (people.csv)", first.title());
        return folder.resolve("study.semblance");
    }

    @Test
    void aReopenedProjectHasItsRolesBackAndHandsItsRunsOverForRegeneration() throws Exception {
        Path file = savedProject(dir);

        Bench next = new Bench(true);
        next.open(file);

        Fx.run(() -> {
            assertEquals(file.toAbsolutePath(), next.project.projectProperty().get());
            assertEquals(ColumnRole.INSENSITIVE, next.vm.metadataProperty().get().column("city").orElseThrow().role());
            var columns = new io.semblance.ui.columns.ColumnsViewModel(next.vm.session(), null, new BackgroundJobs());
            assertEquals(ColumnRole.INSENSITIVE, columns.rows().get(2).role(), "the Columns step shows it too");
            assertEquals("Opened the project study.semblance", next.vm.statusProperty().get());
        });
        assertEquals(1, next.replayed.size());
        assertEquals(List.of(new SavedRun(1, RunSettings.defaults(100, 11), null),
                new SavedRun(2, RunSettings.defaults(100, 12), "from run 1")), next.replayed.get(0));
        assertFalse(next.dirty());
        assertEquals("Semblance — study (people.csv)", next.title());
        assertEquals(List.of(), next.dialogs.asked());

        assertTrue(Fx.call(next.project::save), "saved before the runs were regenerated");
        assertEquals(2, ProjectFile.read(file).runs().size(), "runs not yet regenerated are kept");
    }

    @Test
    void theStewardsLimitsAreSavedWithTheProjectAndBackBeforeItsRunsAreMadeAgain() throws Exception {
        Path table = Tables.people(Files.createDirectories(dir.resolve("data")), "people.csv", 80);
        Thresholds strict = Thresholds.defaults().with("records_at_risk", new Threshold(0, 0.01, false));
        Bench first = new Bench(true);
        first.load(table);
        first.addRun(1, 11, null);
        first.dialogs.queue("chooseProjectToSave", dir.resolve("study.semblance"));
        assertTrue(Fx.call(first.project::saveAs));
        Fx.run(() -> first.vm.session().limitsProperty().set(strict));
        assertTrue(first.dirty(), "changed limits are something to save");
        assertTrue(Fx.call(first.project::save));
        assertEquals(strict, ProjectFile.read(dir.resolve("study.semblance")).limits());

        Bench next = new Bench(true);
        next.open(dir.resolve("study.semblance"));

        assertEquals(strict, Fx.call(() -> next.vm.session().limitsProperty().get()));
        assertEquals(strict, next.limitsAtReplay, "the runs made again are judged under them");
        assertFalse(next.dirty());
        Fx.run(() -> next.vm.session().limitsProperty().set(Thresholds.defaults()));
        assertTrue(next.dirty(), "resetting them is a change too");
    }

    @Test
    void aProjectSavedWithoutLimitsOpensWithTheDefaults() throws Exception {
        Path file = savedProject(dir);
        assertFalse(Files.readString(file).contains("\"limits\""));

        Bench next = new Bench(true);
        Fx.run(() -> next.vm.session().limitsProperty().set(Thresholds.defaults().with("disco",
                new Threshold(0, 1, false))));
        next.open(file);

        assertEquals(Thresholds.defaults(), Fx.call(() -> next.vm.session().limitsProperty().get()));
        assertFalse(next.dirty());
    }

    @Test
    void aProjectMovedWithItsTableFindsTheTableBesideIt() throws Exception {
        Path file = savedProject(dir.resolve("before"));
        Files.move(dir.resolve("before"), dir.resolve("after"));

        Bench next = new Bench(true);
        next.open(dir.resolve("after").resolve(file.getFileName()));

        Fx.run(() -> assertEquals(dir.resolve("after/data/people.csv").toAbsolutePath(), next.vm.fileProperty().get()));
        assertEquals(List.of(), next.dialogs.asked(), "found without asking");
        assertEquals(1, next.replayed.size());
        assertTrue(next.dirty(), "the new place is not saved yet");
        String title = next.title();
        assertTrue(title.endsWith(" •"), title);
    }

    @Test
    void aTableFoundNowhereIsLocatedByTheUser() throws Exception {
        Path file = savedProject(dir);
        Path elsewhere = Files.createDirectories(dir.resolve("archive")).resolve("people.csv");
        Files.move(dir.resolve("data/people.csv"), elsewhere);

        Bench cancelled = new Bench(true);
        cancelled.open(file);
        assertEquals(List.of("locateTable"), cancelled.dialogs.asked());
        assertEquals(List.of("people.csv"), cancelled.dialogs.argument("locateTable", 0));
        Fx.run(() -> {
            assertNull(cancelled.vm.datasetProperty().get());
            assertEquals("Did not open the project study.semblance", cancelled.vm.statusProperty().get());
        });

        Bench located = new Bench(true);
        located.dialogs.queue("locateTable", elsewhere);
        located.open(file);
        Fx.run(() -> assertEquals(elsewhere, located.vm.fileProperty().get()));
        assertEquals(1, located.replayed.size());
    }

    @Test
    void aTableThatChangedSinceSavingIsOpenedOnlyWhenTheUserAgrees() throws Exception {
        Path file = savedProject(dir);
        Files.writeString(dir.resolve("data/people.csv"), "40,F,York,31000\n", StandardOpenOption.APPEND);

        Bench refused = new Bench(true);
        refused.open(file);
        assertEquals(List.of("continueWithChangedTable"), refused.dialogs.asked());
        assertEquals(List.of("people.csv"), refused.dialogs.fileNames("continueWithChangedTable", 0));
        Fx.run(() -> {
            assertNull(refused.vm.datasetProperty().get());
            assertNull(refused.project.projectProperty().get());
        });
        assertEquals(List.of(), refused.replayed);

        Bench agreed = new Bench(true);
        agreed.dialogs.answer("continueWithChangedTable", true);
        agreed.open(file);
        Fx.run(() -> assertEquals(81, agreed.vm.datasetProperty().get().rowCount()));
        assertTrue(agreed.dirty(), "the checksum to save is the new one");
        assertEquals(1, agreed.replayed.size());
    }

    @Test
    void closingWithUnsavedChangesAsksFirst() throws Exception {
        Bench bench = new Bench(true);
        bench.load(Tables.people(dir, "people.csv", 40));
        assertTrue(Fx.call(bench.project::confirmClose), "nothing to save, nothing asked");
        assertEquals(List.of(), bench.dialogs.asked());

        Fx.run(() -> bench.vm.setRole("age", ColumnRole.SENSITIVE));
        bench.dialogs.queue("askToSave", Unsaved.CANCEL);
        assertFalse(Fx.call(bench.project::confirmClose));
        bench.dialogs.queue("askToSave", Unsaved.DISCARD);
        assertTrue(Fx.call(bench.project::confirmClose));
        assertEquals(List.of("askToSave", "askToSave"), bench.dialogs.asked());
        assertEquals(List.of("people", "people"), bench.dialogs.argument("askToSave", 0));

        bench.dialogs.queue("askToSave", Unsaved.SAVE);
        bench.dialogs.queue("chooseProjectToSave", dir.resolve("kept.semblance"));
        assertTrue(Fx.call(bench.project::confirmClose));
        assertEquals(ColumnRole.SENSITIVE,
                ProjectFile.read(dir.resolve("kept.semblance")).metadata().column("age").orElseThrow().role());
        assertFalse(bench.dirty());

        Fx.run(() -> bench.vm.setRole("age", ColumnRole.QUASI_IDENTIFIER));
        bench.dialogs.queue("askToSave", Unsaved.SAVE);
        assertTrue(Fx.call(bench.project::confirmClose), "Save writes the project's own file without asking where");
        assertEquals(1, bench.dialogs.calls("chooseProjectToSave").size());
        assertEquals(ColumnRole.QUASI_IDENTIFIER,
                ProjectFile.read(dir.resolve("kept.semblance")).metadata().column("age").orElseThrow().role());
    }

    @Test
    void aRoleChangedBackLeavesNothingToSave() throws Exception {
        Bench bench = new Bench(true);
        bench.load(Tables.people(dir, "people.csv", 40));
        Fx.run(() -> bench.vm.setRole("city", ColumnRole.SENSITIVE));
        assertTrue(bench.dirty());
        Fx.run(() -> bench.vm.setRole("city", ColumnRole.QUASI_IDENTIFIER));
        assertFalse(bench.dirty());
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterAsking() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.semblance"), "keep");
        Bench bench = new Bench(true);
        bench.load(Tables.people(dir, "people.csv", 40));
        bench.dialogs.queue("chooseProjectToSave", dir.resolve("old"));

        assertFalse(Fx.call(bench.project::saveAs));
        assertEquals(List.of("chooseProjectToSave", "confirmReplace"), bench.dialogs.asked());
        assertEquals(List.of("people.semblance"), bench.dialogs.argument("chooseProjectToSave", 1));
        assertEquals(List.of("old.semblance"), bench.dialogs.fileNames("confirmReplace", 0));
        assertEquals("keep", Files.readString(existing));
    }

    @Test
    void withoutARunEngineTheStatusLineSaysHowManyRunsWait() throws Exception {
        Path file = savedProject(dir);
        Bench next = new Bench(false);
        next.open(file);
        Fx.run(() -> assertEquals("2 runs to regenerate: open the Synthesize step", next.vm.statusProperty().get()));
    }

    @Test
    void aFileThatIsNotAProjectIsReportedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.semblance"), "[1, 2]");
        Bench bench = new Bench(true);
        bench.open(file);
        assertEquals(List.of("Could not open the project notes.semblance: This is not a Semblance project"
                + " (no \"format\": \"semblance-project\")"), bench.dialogs.errors());
    }
}
