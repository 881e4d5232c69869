// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.ScriptedDialogs;
import io.semblance.Fixtures;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.MetadataJson;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import io.semblance.core.profile.ColumnBins;
import io.semblance.ui.Fx;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Columns step without a window: edits reach the session's metadata, rows and advice follow it. */
class ColumnsViewModelTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs<ColumnsDialogs> dialogs = ScriptedDialogs.of(ColumnsDialogs.class);
    private Session session;
    private ColumnsViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.startToolkit();
    }

    private void open(Path file) throws Exception {
        Fx.run(() -> {
            session = Opened.session(file);
            vm = new ColumnsViewModel(session, dialogs.fake(), new BackgroundJobs());
        });
    }

    private ColumnMeta declared(String column) {
        return session.metadataProperty().get().column(column).orElseThrow();
    }

    private ColumnRow row(String column) {
        return vm.rows().stream().filter(r -> r.name().equals(column)).findFirst().orElseThrow();
    }

    private void waitForBins() throws Exception {
        Fx.waitUntil("every distribution is counted", () -> vm.rows().stream().allMatch(r -> r.binsProperty().get() != null));
    }

    @Test
    void adultHasOneRowPerColumnWithTheEnginesCountsAndNoAdvice() throws Exception {
        open(Fixtures.ADULT.path());
        waitForBins();
        Fx.run(() -> {
            assertEquals(session.datasetProperty().get().names(), vm.rows().stream().map(ColumnRow::name).toList());
            ColumnRow age = row("age");
            assertEquals("numerical", age.type());
            assertEquals(ColumnRole.QUASI_IDENTIFIER, age.role());
            assertEquals(73, age.distinct());
            assertEquals("None found", age.piiText());
            ColumnBins bins = age.binsProperty().get();
            assertEquals(ColumnsViewModel.SPARK_BINS, bins.counts().length);
            assertEquals(32561, Arrays.stream(bins.counts()).sum() + bins.missing());
            assertEquals(List.of("Male", "Female"), row("sex").binsProperty().get().categories());
            assertTrue(row("workclass").missingShare() > 0.05, "adult's workclass has missing values");
            assertEquals(List.of(), vm.advice());
        });
    }

    @Test
    void aTypeChangeReachesTheMetadataAndIsCountedAgain() throws Exception {
        open(Opened.visits(dir));
        waitForBins();
        Fx.run(() -> {
            assertEquals(SdType.NUMERICAL, declared("age").sdtype());
            vm.setType("age", new TypeChoice(SdType.CATEGORICAL, null));
            assertEquals(SdType.CATEGORICAL, declared("age").sdtype());
            assertEquals("categorical", row("age").type());
            assertEquals(new TypeChoice(SdType.CATEGORICAL, null), row("age").typeProperty().get());
            assertEquals(ColumnRole.QUASI_IDENTIFIER, declared("age").role(), "the role stays");

            vm.setType("sex", new TypeChoice(SdType.PII, PiiKind.FIRST_NAME));
            assertEquals("first_name", declared("sex").sdtypeName());
            assertTrue(declared("sex").pii());
        });
        Fx.waitUntil("age is counted as categories", () -> row("age").binsProperty().get() != null
                && !row("age").binsProperty().get().categories().isEmpty());
        Fx.waitUntil("sex is no longer drawn", () -> row("sex").binsProperty().get() != null
                && row("sex").binsProperty().get().isEmpty());
    }

    @Test
    void aDatetimeShowsItsFormatAndAWrongOneIsExplainedUntilFixed() throws Exception {
        open(Opened.visits(dir));
        Fx.run(() -> {
            assertEquals(SdType.DATETIME, row("visit").meta().sdtype());
            assertEquals("%Y-%m-%d", row("visit").meta().datetimeFormat());
            vm.setDatetimeFormat("visit", " %d/%m/%Y ");
            assertEquals("%d/%m/%Y", declared("visit").datetimeFormat());
            assertEquals(List.of("No usable date format for “visit”: enter one that matches the values, such as"
                    + " %Y-%m-%d. Values that do not match are treated as missing."), vm.advice());
            vm.setDatetimeFormat("visit", "%Y-%m-%d");
            assertEquals(List.of(), vm.advice());
            vm.setDatetimeFormat("age", "%Y");
            assertEquals(null, declared("age").datetimeFormat(), "only a datetime has a format");

            vm.setType("diagnosis", new TypeChoice(SdType.DATETIME, null));
            assertEquals(null, declared("diagnosis").datetimeFormat());
            assertTrue(vm.advice().get(0).startsWith("No usable date format for “diagnosis”"), vm.advice()::toString);
        });
    }

    @Test
    void selectedRowsGetOneRoleTogether() throws Exception {
        open(Opened.visits(dir));
        Fx.run(() -> {
            vm.setRoles(List.of("age", "sex", "diagnosis"), ColumnRole.INSENSITIVE);
            for (String c : List.of("age", "sex", "diagnosis")) {
                assertEquals(ColumnRole.INSENSITIVE, declared(c).role(), c);
                assertEquals(ColumnRole.INSENSITIVE, row(c).role(), c);
            }
            assertEquals(ColumnRole.IDENTIFIER, declared("patient_id").role(), "rows not selected keep their role");
        });
    }

    @Test
    void suggestedRolesComeBackOnlyAfterTheUserConfirms() throws Exception {
        open(Opened.visits(dir));
        Fx.run(() -> {
            Metadata suggested = session.metadataProperty().get();
            vm.setRoles(List.of("age", "diagnosis", "email"), ColumnRole.INSENSITIVE);
            Metadata edited = session.metadataProperty().get();

            dialogs.queue("confirm", false);
            vm.suggestRoles();
            assertSame(edited, session.metadataProperty().get());
            assertEquals(List.of(List.of("Replace the roles by the suggested ones?", "3 roles change. Roles you chose"
                    + " yourself are lost.")), dialogs.calls("confirm"));

            dialogs.queue("confirm", true);
            vm.suggestRoles();
            assertEquals(suggested, session.metadataProperty().get());
            assertEquals(ColumnRole.SENSITIVE, row("diagnosis").role());
            assertEquals("Roles set to the suggestions (3 changes)", session.statusProperty().get());

            vm.suggestRoles();
            assertEquals(2, dialogs.calls("confirm").size(), "nothing to change, nothing to ask");
            assertEquals("The roles already match the suggestions", session.statusProperty().get());
        });
    }

    @Test
    void metadataForAnotherTableIsRefusedWithAMessageAndChangesNothing() throws Exception {
        open(Opened.visits(dir));
        Path other = Files.writeString(dir.resolve("other.json"), MetadataJson.write(new Metadata(List.of(
                ColumnMeta.of("age", SdType.NUMERICAL), ColumnMeta.of("postcode", SdType.CATEGORICAL)), null)));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"columns\": [");
        Fx.run(() -> {
            Metadata before = session.metadataProperty().get();
            dialogs.queue("chooseMetadataToLoad", other, broken);
            vm.loadMetadata();
            vm.loadMetadata();
            assertSame(before, session.metadataProperty().get());
            assertEquals(2, dialogs.errors().size());
            assertEquals("Could not load metadata from other.json: The metadata does not match the data: no entry for"
                    + " \"patient_id\", \"visit\", \"sex\", \"email\", \"diagnosis\"; describes columns the data lacks:"
                    + " \"postcode\"", dialogs.errors().get(0));
            assertTrue(dialogs.errors().get(1).startsWith("Could not load metadata from broken.json: Not valid JSON at line 1"),
                    dialogs.errors()::toString);
        });
    }

    @Test
    void savedMetadataLoadsBackAndAFileIsReplacedOnlyWhenConfirmed() throws Exception {
        open(Opened.visits(dir));
        Path file = dir.resolve("visits-metadata.json");
        Fx.run(() -> {
            vm.setType("age", new TypeChoice(SdType.CATEGORICAL, null));
            vm.setDatetimeFormat("visit", "%Y-%m-%d");
            vm.setRoles(List.of("sex", "diagnosis"), ColumnRole.QUASI_IDENTIFIER);
        });
        Metadata saved = Fx.call(() -> session.metadataProperty().get());
        dialogs.queue("chooseMetadataToSave", file);
        Fx.run(vm::saveMetadata);
        assertEquals(List.of("visits-metadata.json"), dialogs.argument("chooseMetadataToSave", 1));
        assertEquals(saved, MetadataJson.parse(Files.readString(file)));
        assertEquals("Saved metadata to " + file, Fx.call(() -> session.statusProperty().get()));

        Fx.run(() -> {
            vm.setRoles(List.of("sex", "diagnosis", "age"), ColumnRole.INSENSITIVE);
            dialogs.queue("chooseMetadataToSave", file);
            dialogs.queue("confirmReplace", false);
            vm.saveMetadata();
        });
        assertEquals(saved, MetadataJson.parse(Files.readString(file)), "declined: the file is untouched");
        assertEquals(List.of("visits-metadata.json"), dialogs.fileNames("confirmReplace", 0));

        Fx.run(() -> {
            dialogs.queue("chooseMetadataToLoad", file);
            vm.loadMetadata();
            assertEquals(saved, session.metadataProperty().get());
            assertEquals(ColumnRole.QUASI_IDENTIFIER, row("diagnosis").role());
            assertEquals("Loaded metadata from visits-metadata.json", session.statusProperty().get());
            assertEquals(List.of(), dialogs.errors());
        });
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList());
        }
    }

    @Test
    void adviceAppearsWhenADeclarationGoesWrongAndGoesWhenItIsRight() throws Exception {
        open(Opened.visits(dir));
        Fx.run(() -> {
            assertEquals(List.of(), vm.advice());
            vm.setRoles(List.of("age", "sex"), ColumnRole.INSENSITIVE);
            assertEquals(List.of("No column is marked quasi-identifier, so privacy metrics will be limited:"
                    + " re-identification risk cannot be estimated. Mark the columns an outsider could know, such as"
                    + " age, postcode or sex."), vm.advice());
            vm.setRole("age", ColumnRole.QUASI_IDENTIFIER);
            assertEquals(List.of(), vm.advice());

            vm.setRoles(List.of("patient_id", "email"), ColumnRole.SENSITIVE);
            assertEquals(List.of("Marked sensitive but looks like a key: “patient_id”, “email”. Its values are"
                    + " replaced by generated ones and nothing about them is learned; mark it identifier, or change its"
                    + " type."), vm.advice());
            vm.setRoles(List.of("patient_id", "email"), ColumnRole.IDENTIFIER);

            vm.setRoles(session.datasetProperty().get().names(), ColumnRole.IDENTIFIER);
            assertTrue(vm.advice().contains("No column is left to model: every column is an identifier or personal"
                    + " information, so the synthetic table would hold generated values only."), vm.advice()::toString);
        });
    }

    @Test
    void rolesAreLockedWhileAJobRunsAndFollowEditsMadeElsewhere() throws Exception {
        open(Opened.visits(dir));
        CountDownLatch release = new CountDownLatch(1);
        Fx.run(() -> session.job().run("synthesis", (p, c) -> release.await(10, TimeUnit.SECONDS), r -> { }, e -> { }));
        Fx.run(() -> {
            assertTrue(vm.lockedProperty().get());
            vm.setRole("age", ColumnRole.SENSITIVE);
            vm.setType("age", new TypeChoice(SdType.CATEGORICAL, null));
            dialogs.queue("chooseMetadataToLoad", dir.resolve("never-asked.json"));
            vm.loadMetadata();
            assertEquals(ColumnRole.QUASI_IDENTIFIER, declared("age").role());
            assertEquals(SdType.NUMERICAL, declared("age").sdtype());
            assertFalse(dialogs.asked().contains("chooseMetadataToLoad"), "no file is asked for while locked");
        });
        release.countDown();
        Fx.waitUntil("the job ends", () -> !vm.lockedProperty().get());
        Fx.run(() -> {
            Metadata m = session.metadataProperty().get();
            session.metadataProperty().set(m.with(m.column("age").orElseThrow().withRole(ColumnRole.SENSITIVE)));
            assertEquals(ColumnRole.SENSITIVE, row("age").role(), "the rows follow the session's metadata");
            assertFalse(vm.lockedProperty().get());
        });
    }

    @Test
    void anotherTableReplacesTheRows() throws Exception {
        open(Opened.visits(dir));
        Fx.run(() -> {
            Opened.open(session, Fixtures.GERMAN_CREDIT.path());
            assertEquals(session.datasetProperty().get().names(), vm.rows().stream().map(ColumnRow::name).toList());
        });
        waitForBins();
        Fx.run(() -> assertNotNull(vm.rows().get(0).binsProperty().get()));
    }
}
