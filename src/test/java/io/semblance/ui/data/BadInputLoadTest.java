// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.semblance.ui.Fx;
import io.semblance.ui.ScriptedDialogs;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.DialogService;
import io.semblance.ui.session.Session;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The Data step on files of the bad-input corpus (src/test/resources/io/semblance/badinput): the steward reads the
 * same one-sentence reason the command line prints, and is offered the import options; odd but readable files open
 * with the reader's warning in the summary.
 */
class BadInputLoadTest {
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
        vm = Fx.call(() -> {
            BackgroundJobs jobs = new BackgroundJobs();
            session = new Session(jobs);
            return new DataViewModel(session, new DefaultEngine(Locale.US), dialogs.fake(), jobs,
                    RecentFiles.persisted(node), new Samples());
        });
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private Path corpus(String name) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/semblance/badinput/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    private void load(Path file) throws Exception {
        Fx.run(() -> vm.load(file));
        Fx.waitUntil("the open ends", () -> !session.job().busyProperty().get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "random_binary.csv|random_binary.csv, line 1: the file holds binary data (control character 0x19), not text;"
                + " expected delimited text (CSV, TSV) in UTF-8, UTF-16 or windows-1252, or an .xlsx workbook",
        "unbalanced_quote.csv|unbalanced_quote.csv, line 3, column 2: a quoted field starts here but its closing"
                + " quote (\") is missing",
        "empty_sheet.xlsx|empty_sheet.xlsx: sheet \"Sheet1\" is empty"})
    void aBadFileIsOfferedTheImportOptionsWithTheCommandLinesReason(String name, String reason) throws Exception {
        load(corpus(name));
        assertEquals(List.of("Could not open " + name + ": " + reason), dialogs.messages("offerImport"));
        assertEquals(List.of(), dialogs.errors());
        assertNull(Fx.call(() -> session.datasetProperty().get()), "nothing opened");
        assertEquals(List.of(), Fx.call(() -> List.copyOf(vm.recentFiles())));
    }

    @Test
    void utf16WithoutAByteOrderMarkOpensWithTheReadersWarning() throws Exception {
        load(corpus("utf16le_no_bom.csv"));
        TableSummary s = Fx.call(() -> vm.summaryProperty().get());
        assertEquals(List.of("the file has no byte-order mark but is UTF-16LE text; read it as UTF-16LE"), s.warnings());
        assertEquals(List.of("name", "town", "age"), Fx.call(() -> session.datasetProperty().get()).names());
        assertEquals("Zoë", Fx.call(() -> session.datasetProperty().get()).value(0, 0));
        assertEquals(List.of(), dialogs.messages("offerImport"));
    }
}
