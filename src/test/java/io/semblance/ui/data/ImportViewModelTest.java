// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static io.semblance.core.io.XlsxFixture.inline;
import static io.semblance.core.io.XlsxFixture.num;
import static io.semblance.core.io.XlsxFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableRead;
import io.semblance.core.io.XlsxFixture;
import io.semblance.core.model.Dataset;
import io.semblance.ui.Fx;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's state: detected settings, a preview that follows every change, parse errors in one line. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    private ImportViewModel importer(Path file) throws Exception {
        return Fx.call(() -> new ImportViewModel(file, ReadOptions.defaults(), new DefaultEngine(Locale.US),
                new BackgroundJobs()));
    }

    private static Dataset settled(ImportViewModel vm) throws Exception {
        Fx.waitUntil("the preview is read", () -> !vm.busyProperty().get());
        return Fx.call(() -> {
            TableRead r = vm.previewProperty().get();
            return r == null ? null : r.data();
        });
    }

    @Test
    void thePreviewShowsWhatWasDetectedAndFollowsTheLatestChange() throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), DataViewModelTest.SEMICOLONS);
        ImportViewModel vm = importer(file);
        assertEquals(List.of("a;b", "c"), settled(vm).names());
        assertEquals(',', Fx.call(() -> vm.detectedProperty().get().delimiter()));
        assertEquals(StandardCharsets.UTF_8, Fx.call(() -> vm.detectedProperty().get().charset()));
        assertTrue(Fx.call(() -> vm.detectedProperty().get().header()));

        Fx.run(() -> {
            vm.delimiterProperty().set('|');
            vm.delimiterProperty().set('\t');
            vm.delimiterProperty().set(';');
        });
        Dataset d = settled(vm);
        assertEquals(List.of("a", "b,c"), d.names(), "the last setting wins");
        assertEquals("2,5", d.value(0, 1));
        assertEquals(';', Fx.call(() -> vm.detectedProperty().get().delimiter()));

        Fx.run(() -> vm.headerProperty().set(false));
        d = settled(vm);
        assertEquals(List.of("column_1", "column_2"), d.names());
        assertEquals(3, d.rowCount());
        assertEquals(new ReadOptions(';', false, null, ReadOptions.DEFAULT_MISSING, null), Fx.call(vm::options));
    }

    @Test
    void missingTokensAreTheOnesTyped() throws Exception {
        Path file = Files.writeString(dir.resolve("m.csv"), "id,score\n1,-99\n2,NA\n3,7\n");
        ImportViewModel vm = importer(file);
        assertEquals("?, N/A, NA, NULL, NaN, null", Fx.call(() -> vm.missingProperty().get()));
        assertNull(settled(vm).value(1, 1));
        assertEquals("-99", settled(vm).value(0, 1));

        Fx.run(() -> vm.missingProperty().set("-99, ,"));
        Dataset d = settled(vm);
        assertNull(d.value(0, 1));
        assertEquals("NA", d.value(1, 1));
        assertEquals(Set.of("", "-99"), Fx.call(vm::options).missing());
    }

    @Test
    void aWorkbookListsItsSheetsEvenWhenTheFirstCannotBeReadAndPreviewsTheOneChosen() throws Exception {
        Path file = new XlsxFixture()
                .sheet("Notes", row(1, inline("A1", "read me")))
                .sheet("Data 2024", row(1, inline("A1", "age"), inline("B1", "city")),
                        row(2, num("A2", "41"), inline("B2", "York")))
                .write(dir, "book.xlsx");
        ImportViewModel vm = importer(file);
        assertTrue(vm.isWorkbook());
        assertNull(settled(vm), "the first sheet is only a note");
        assertEquals("book.xlsx: sheet \"Notes\" has column names but no data rows", Fx.call(() -> vm.errorProperty().get()));
        assertEquals(List.of("Notes", "Data 2024"), Fx.call(() -> List.copyOf(vm.sheets())), "listed all the same");

        Fx.run(() -> vm.sheetProperty().set("Data 2024"));
        Dataset d = settled(vm);
        assertEquals(List.of("age", "city"), d.names());
        assertEquals("York", d.value(0, 1));
        assertEquals("Data 2024", Fx.call(vm::options).sheet());
        assertEquals("Data 2024", Fx.call(() -> vm.detectedProperty().get().sheet()));
        assertNull(Fx.call(() -> vm.errorProperty().get()));
    }

    @Test
    void aPreviewThatCannotBeParsedSaysWhereAndAnotherSettingRecovers() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n3,4,5\n");
        ImportViewModel vm = importer(file);
        assertNull(settled(vm));
        assertEquals("bad.csv, line 3: 3 fields, expected 2 (as in line 1; delimiter ',')",
                Fx.call(() -> vm.errorProperty().get()));

        Fx.run(() -> vm.delimiterProperty().set(';'));
        assertEquals(List.of("a,b"), settled(vm).names());
        assertNull(Fx.call(() -> vm.errorProperty().get()));
    }
}
