// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.semblance.core.io.TableReaders;
import io.semblance.core.model.MetadataJson;
import io.semblance.core.synth.ModelFiles;
import io.semblance.ui.ScriptedDialogs;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Export step without a window: the dialogs are answered by {@link ScriptedDialogs}. */
class ExportViewModelTest {
    private static final Instant NOW = Instant.parse("2025-06-01T09:30:00Z");
    private static Run plain;
    private static Run red;

    @TempDir
    static Path scratch;
    @TempDir
    Path out;
    private final ScriptedDialogs<ExportDialogs> dialogs = ScriptedDialogs.of(ExportDialogs.class);
    private Session session;
    private ExportViewModel vm;

    @BeforeAll
    static void runs() throws Exception {
        FxToolkit.registerPrimaryStage();
        plain = TestRuns.fit("copula", 600, false, scratch);
        red = TestRuns.fit("copula", 400, true, scratch);
    }

    @BeforeEach
    void session() throws Exception {
        session = fx(() -> new Session(new BackgroundJobs()));
    }

    private void select(Run run) throws Exception {
        vm = fx(() -> {
            session.open(TestRuns.TABLE, run.training(), "0".repeat(64), List.of(), run.metadata());
            session.addRun(run);
            ExportViewModel m = new ExportViewModel(session, dialogs.fake(), Clock.fixed(NOW, ZoneOffset.UTC), "tester");
            m.folderProperty().set(out.toString());
            return m;
        });
    }

    private void choose(ExportKind... kinds) throws Exception {
        fx(() -> {
            for (ExportKind k : ExportKind.values()) {
                vm.chosenProperty(k).set(List.of(kinds).contains(k));
            }
            return null;
        });
    }

    private void exportAndWait() throws Exception {
        fx(() -> {
            vm.export();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !session.job().busyProperty().get()));
    }

    private List<String> written() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void defaultsComeFromTheInputFileAndTheRunNumber() throws Exception {
        select(plain);
        fx(() -> {
            assertEquals("german_credit-run1", vm.baseNameProperty().get());
            assertEquals(List.of(ExportKind.CSV, ExportKind.METADATA, ExportKind.HTML_REPORT),
                    vm.files().stream().map(PlannedFile::kind).toList());
            assertEquals(out.resolve("german_credit-run1-synthetic.csv"), vm.files().get(0).path());
            assertEquals("", vm.problemProperty().get());
            assertTrue(vm.canExportProperty().get());
            assertNull(vm.unavailableProperty(ExportKind.MODEL).get(), "a copula model can be saved");
            assertFalse(vm.modelHoldsRealValuesProperty().get());
            vm.baseNameProperty().set("a/b");
            assertEquals("Give a base name without any of /\\:*?\"<>|", vm.problemProperty().get());
            assertFalse(vm.canExportProperty().get());
            vm.baseNameProperty().set("ok");
            vm.folderProperty().set(out.resolve("missing").toString());
            assertEquals("Choose a folder that exists.", vm.problemProperty().get());
            return null;
        });
    }

    @Test
    void writesEveryChosenFileWithTheRunsRows() throws Exception {
        select(plain);
        choose(ExportKind.values());
        exportAndWait();

        assertEquals(List.of("german_credit-run1-metadata.json", "german_credit-run1-model.json",
                "german_credit-run1-report.html", "german_credit-run1-report.json", "german_credit-run1-synthetic.csv",
                "german_credit-run1-synthetic.xlsx"), written(), "and no temporary folder left");
        assertEquals(601, Files.readAllLines(out.resolve("german_credit-run1-synthetic.csv")).size());
        assertEquals(600, TableReaders.read(out.resolve("german_credit-run1-synthetic.xlsx")).rowCount());
        assertEquals(plain.metadata(), MetadataJson.parse(Files.readString(out.resolve("german_credit-run1-metadata.json"))));
        assertEquals(plain.model().columns(), ModelFiles.load(out.resolve("german_credit-run1-model.json")).columns());
        assertFalse(Files.readString(out.resolve("german_credit-run1-report.html")).contains("id='acknowledgement'"));
        assertEquals(List.of(), dialogs.asked(), "nothing to ask");
        String status = fx(() -> vm.resultProperty().get());
        assertTrue(status.startsWith("Exported 6 files to " + out + ": german_credit-run1-synthetic.csv, "), status);
        assertEquals(status, fx(() -> session.statusProperty().get()));
        assertTrue(fx(() -> vm.files().stream().allMatch(PlannedFile::exists)), "now they exist");
    }

    @Test
    void redVerdictsWithoutAnAcknowledgementWriteNothing() throws Exception {
        select(red);
        assertTrue(fx(() -> vm.redVerdicts().stream().anyMatch(m -> m.key().equals("quality_score"))));
        for (Acknowledged answer : new Acknowledged[] {null, new Acknowledged(false, "a reason"),
                new Acknowledged(true, "   ")}) {
            dialogs.answer("acknowledgeRed", answer);
            exportAndWait();
            assertEquals(List.of(), written(), String.valueOf(answer));
            assertEquals("Nothing exported: the red verdicts were not acknowledged with a reason.",
                    fx(() -> session.statusProperty().get()));
        }
        assertEquals(List.of("acknowledgeRed", "acknowledgeRed", "acknowledgeRed"), dialogs.asked());
    }

    @Test
    void anAcknowledgementIsRecordedInBothReports() throws Exception {
        select(red);
        choose(ExportKind.CSV, ExportKind.JSON_REPORT);
        assertTrue(fx(() -> vm.files().stream().anyMatch(f -> f.kind() == ExportKind.HTML_REPORT)),
                "the HTML report is written whenever a verdict is red");
        dialogs.answer("acknowledgeRed", new Acknowledged(true, "Only for the internal test team; deleted in June"));
        exportAndWait();

        String html = Files.readString(out.resolve("german_credit-run1-report.html"));
        assertTrue(html.contains("Acknowledged by <b>tester</b> on 2025-06-01 09:30:00 UTC"), "who and when");
        assertTrue(html.contains("Only for the internal test team; deleted in June"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("german_credit-run1-report.json").toFile());
        assertEquals("Only for the internal test team; deleted in June", json.at("/acknowledgement/reason").asText());
        assertEquals(401, Files.readAllLines(out.resolve("german_credit-run1-synthetic.csv")).size());
    }

    @Test
    void anExistingFileIsKeptWhenTheStewardDeclines() throws Exception {
        select(plain);
        choose(ExportKind.CSV, ExportKind.METADATA);
        Path csv = Files.writeString(out.resolve("german_credit-run1-synthetic.csv"), "old,content\n");
        fx(() -> {
            vm.refresh();
            assertTrue(vm.files().get(0).exists());
            assertFalse(vm.files().get(1).exists());
            return null;
        });
        dialogs.answer("confirmReplace", false);
        exportAndWait();
        assertEquals("old,content\n", Files.readString(csv));
        assertEquals(List.of("german_credit-run1-synthetic.csv"), written(), "nothing else written either");
        assertEquals(List.of(List.of(csv)), dialogs.argument("confirmReplace", 0), "asked once, listing the file");

        dialogs.answer("confirmReplace", true);
        exportAndWait();
        assertEquals(601, Files.readAllLines(csv).size());
    }

    @Test
    void aDerivedRunHasNoModelToSave() throws Exception {
        select(TestRuns.derived(plain));
        choose(ExportKind.MODEL, ExportKind.CSV);
        fx(() -> {
            assertEquals("Not available: this run was derived from another and has no model of its own.",
                    vm.unavailableProperty(ExportKind.MODEL).get());
            assertEquals(List.of(ExportKind.CSV), vm.files().stream().map(PlannedFile::kind).toList());
            assertEquals("german_credit-run2", vm.baseNameProperty().get());
            return null;
        });
    }

    @Test
    void aCartModelIsSavedOnlyAfterWarningThatItHoldsRealValues() throws Exception {
        select(TestRuns.fit("cart", 200, false, scratch));
        choose(ExportKind.MODEL, ExportKind.CSV);
        assertTrue(fx(() -> vm.modelHoldsRealValuesProperty().get()));
        dialogs.answer("confirmRealValues", false);
        exportAndWait();
        assertEquals(List.of(), written());
        assertEquals(List.of("confirmRealValues"), dialogs.asked());
        assertEquals(List.of("german_credit-run1-model.json"), dialogs.fileNames("confirmRealValues", 0));

        dialogs.answer("confirmRealValues", true);
        exportAndWait();
        assertEquals(List.of("german_credit-run1-model.json", "german_credit-run1-synthetic.csv"), written());
        assertNotNull(ModelFiles.load(out.resolve("german_credit-run1-model.json")));
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
