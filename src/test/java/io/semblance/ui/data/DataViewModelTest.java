// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.model.Dataset;
import io.semblance.core.report.InputFile;
import io.semblance.ui.Fx;
import io.semblance.ui.ScriptedDialogs;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Opening tables without a window: options, failures, recent files, samples and drops. */
class DataViewModelTest {
    /** Comma and semicolon both split it into two columns; only the semicolon is right ("2,5" is a number). */
    static final String SEMICOLONS = "a;b,c\n1;2,5\n3;4,25\n";

    @TempDir
    Path dir;
    private Preferences node;
    private Session session;
    private ScriptedDialogs<DialogService> dialogs;
    private DataViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    @BeforeEach
    void setUp() throws Exception {
        node = Preferences.userRoot().node("io/semblance/test/" + UUID.randomUUID());
        dialogs = ScriptedDialogs.of(DialogService.class);
        vm = Fx.call(() -> model(RecentFiles.persisted(node)));
    }

    private DataViewModel model(RecentFiles recent) {
        BackgroundJobs jobs = new BackgroundJobs();
        session = new Session(jobs);
        return new DataViewModel(session, new DefaultEngine(Locale.US), dialogs.fake(), jobs, recent, new Samples());
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private void waitForTheOpen() throws Exception {
        Fx.waitUntil("the open ends", () -> !session.job().busyProperty().get());
    }

    private void loadAndWait(Path file) throws Exception {
        Fx.run(() -> vm.load(file));
        waitForTheOpen();
    }

    private Dataset table() throws Exception {
        return Fx.call(() -> session.datasetProperty().get());
    }

    @Test
    void openWithOptionsReadsTheTableAsTheStewardChose() throws Exception {
        Path file = file("decimals.csv", SEMICOLONS);
        loadAndWait(file);
        assertEquals(List.of("a;b", "c"), table().names(), "detection alone takes the comma");

        dialogs.queue("chooseTable", file);
        dialogs.answerWith("askImport", a -> {
            ImportViewModel importer = (ImportViewModel) a.get(0);
            importer.delimiterProperty().set(';');
            return importer.options();
        });
        Fx.run(vm::openWithOptions);
        waitForTheOpen();

        assertEquals(List.of("a", "b,c"), table().names());
        assertEquals("4,25", table().value(1, 1));
        TableSummary s = Fx.call(() -> vm.summaryProperty().get());
        assertEquals(';', s.format().delimiter());
        assertEquals(';', s.options().delimiter());
        assertEquals("Semicolon-separated, UTF-8, header row", FormatText.describe(s.format()));
        assertEquals(1, dialogs.calls("askImport").size());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void aMalformedFileIsReportedWhereItBreaksAndThePreviousTableStays() throws Exception {
        Path good = file("good.csv", "x,y\n1,2\n3,4\n");
        loadAndWait(good);
        Dataset before = table();
        TableSummary summaryBefore = Fx.call(() -> vm.summaryProperty().get());

        Path bad = file("bad.csv", "a,b\n1,2\n3,4,5\n");
        loadAndWait(bad);

        assertEquals(List.of("Could not open bad.csv: bad.csv, line 3: 3 fields, expected 2 (as in line 1; delimiter ',')"),
                dialogs.messages("offerImport"));
        assertSame(before, table());
        assertEquals(good, Fx.call(() -> session.fileProperty().get()));
        assertSame(summaryBefore, Fx.call(() -> vm.summaryProperty().get()));
        assertEquals(List.of(good.toAbsolutePath()), Fx.call(() -> List.copyOf(vm.recentFiles())), "only what opened");

        dialogs.answer("offerImport", true);
        dialogs.answerWith("askImport", a -> {
            ImportViewModel importer = (ImportViewModel) a.get(0);
            importer.delimiterProperty().set(';');
            return importer.options();
        });
        loadAndWait(bad);
        assertEquals(List.of("a,b"), table().names(), "reopened with the options chosen after the offer");
        assertEquals(2, table().rowCount());
    }

    @Test
    void recentFilesArePersistedNewestFirstAndCapped() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(file("t" + i + ".csv", "n,v\n" + i + ",x\n" + (i + 1) + ",y\n"));
            loadAndWait(files.get(i));
        }
        loadAndWait(files.get(5));

        List<Path> expected = List.of(files.get(5), files.get(9), files.get(8), files.get(7), files.get(6),
                files.get(4), files.get(3), files.get(2));
        assertEquals(expected, Fx.call(() -> List.copyOf(vm.recentFiles())));
        assertEquals(RecentFiles.MAX, expected.size());
        assertEquals(expected, Fx.call(() -> List.copyOf(RecentFiles.persisted(node).files())), "read back");
    }

    @Test
    void aRecentFileThatIsGoneIsRemovedWithAMessage() throws Exception {
        Path keep = file("keep.csv", "n\n1\n2\n");
        Path gone = file("gone.csv", "n\n1\n2\n");
        loadAndWait(gone);
        loadAndWait(keep);
        Files.delete(gone);

        assertEquals(List.of(new DataViewModel.RecentFile(keep, true), new DataViewModel.RecentFile(gone, false)),
                Fx.call(vm::recentEntries));
        Fx.run(() -> vm.openRecent(gone));

        assertFalse(Fx.call(() -> session.job().busyProperty().get()), "nothing to open");
        assertEquals(List.of(keep), Fx.call(() -> List.copyOf(vm.recentFiles())));
        assertEquals(List.of(keep), RecentFiles.persisted(node).files());
        assertEquals(List.of("Could not open gone.csv: " + gone + " is no longer there; it was removed from the recent files."),
                dialogs.errors());
    }

    @Test
    void aBundledSampleOpensWithItsNameAndChecksumAndStaysOutOfTheRecentFiles() throws Exception {
        assertTrue(vm.samples().containsAll(List.of("adult.csv", "german_credit.csv")), vm.samples()::toString);
        assertFalse(vm.samples().contains("README.md"));

        Fx.run(() -> vm.openSample("german_credit.csv"));
        waitForTheOpen();

        TableSummary s = Fx.call(() -> vm.summaryProperty().get());
        assertEquals("german_credit.csv", s.name());
        assertTrue(s.sample());
        assertEquals(1000, s.rows());
        assertEquals(21, s.columns());
        assertEquals(InputFile.sha256(Fixtures.GERMAN_CREDIT.path()), s.sha256());
        assertEquals(table().missingShare(), s.missingShare());
        assertTrue(Fx.call(vm::recentFiles).isEmpty());

        dialogs.answerWith("askImport", a -> ((ImportViewModel) a.get(0)).options().withHeader(false));
        Fx.run(vm::reopenWithOptions);
        waitForTheOpen();
        TableSummary again = Fx.call(() -> vm.summaryProperty().get());
        assertEquals(1001, again.rows(), "the names row is data now");
        assertTrue(again.sample(), "still the sample, not a file of the steward's");
        assertTrue(Fx.call(vm::recentFiles).isEmpty());
        assertEquals(List.of(), dialogs.errors());
    }

    @Test
    void aDroppedFileOpensAndTheSummaryCountsItsMissingCells() throws Exception {
        Path dropped = file("dropped.csv", "a,b\n1,NA\n2,\n3,x\n4,y\n");
        Fx.run(() -> vm.openDropped(List.of(dropped, dir.resolve("ignored.csv"))));
        waitForTheOpen();

        TableSummary s = Fx.call(() -> vm.summaryProperty().get());
        assertEquals("dropped.csv", s.name());
        assertEquals(4, s.rows());
        assertEquals(2, s.columns());
        assertEquals(0.25, s.missingShare(), 1e-12);
        assertEquals(InputFile.sha256(dropped), s.sha256());
        assertFalse(s.sample());
    }

    @Test
    void nothingOpensWhenTheUserCancelsTheImportDialog() throws Exception {
        dialogs.queue("chooseTable", file("t.csv", SEMICOLONS));
        Fx.run(vm::openWithOptions);
        assertFalse(Fx.call(() -> session.job().busyProperty().get()));
        assertNull(table());
        assertNull(Fx.call(() -> vm.summaryProperty().get()));
        assertEquals(1, dialogs.calls("askImport").size());
    }

    /** A file of the bad-input corpus (src/test/resources/io/semblance/badinput), copied into the test's folder. */
    private Path corpus(String name) throws Exception {
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("io/semblance/badinput/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "random_binary.csv|random_binary.csv, line 1: the file holds binary data (control character 0x19), not text;"
                + " expected delimited text (CSV, TSV) in UTF-8, UTF-16 or windows-1252, or an .xlsx workbook",
        "unbalanced_quote.csv|unbalanced_quote.csv, line 3, column 2: a quoted field starts here but its closing"
                + " quote (\") is missing",
        "empty_sheet.xlsx|empty_sheet.xlsx: sheet \"Sheet1\" is empty"})
    void aBadCorpusFileGetsTheCommandLinesReasonAndTheImportOffer(String name, String reason) throws Exception {
        loadAndWait(corpus(name));
        assertEquals(List.of("Could not open " + name + ": " + reason), dialogs.messages("offerImport"));
        assertEquals(List.of(), dialogs.errors());
        assertNull(table(), "nothing opened");
        assertEquals(List.of(), Fx.call(() -> List.copyOf(vm.recentFiles())));
    }

    @Test
    void utf16WithoutAByteOrderMarkOpensWithTheReadersWarning() throws Exception {
        loadAndWait(corpus("utf16le_no_bom.csv"));
        TableSummary s = Fx.call(() -> vm.summaryProperty().get());
        assertEquals(List.of("the file has no byte-order mark but is UTF-16LE text; read it as UTF-16LE"), s.warnings());
        assertEquals(List.of("name", "town", "age"), table().names());
        assertEquals("Zoë", table().value(0, 0));
        assertEquals(List.of(), dialogs.messages("offerImport"));
    }
}
