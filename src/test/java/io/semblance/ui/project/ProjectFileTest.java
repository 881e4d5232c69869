// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.evaluate.Threshold;
import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.model.ColumnMeta;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Metadata;
import io.semblance.core.model.PiiKind;
import io.semblance.core.model.SdType;
import io.semblance.ui.project.ProjectFile.DatasetRef;
import io.semblance.ui.project.ProjectFile.SavedRun;
import io.semblance.ui.session.RunSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path dir;

    private static Metadata metadata() {
        return new Metadata(List.of(
                new ColumnMeta("patient", SdType.ID, false, null, null, false, ColumnRole.IDENTIFIER),
                new ColumnMeta("email", SdType.PII, false, null, PiiKind.EMAIL, true, ColumnRole.IDENTIFIER),
                new ColumnMeta("age", SdType.NUMERICAL, true, null, null, false, ColumnRole.QUASI_IDENTIFIER),
                new ColumnMeta("admitted", SdType.DATETIME, false, "%Y-%m-%d", null, false, ColumnRole.INSENSITIVE),
                new ColumnMeta("diagnosis", SdType.CATEGORICAL, false, null, null, false, ColumnRole.SENSITIVE)),
                "patient", List.of("age >= 0"));
    }

    /** Every field away from its default, so a field lost on the way shows. */
    private static RunSettings unusual() {
        return new RunSettings("hybrid", "cart", 12_345, -77L, 0.25, List.of("diagnosis"), 0.4,
                List.of("age=30..40"), "diagnosis", List.of("flu=0.3"), List.of("age >= 18"), 7, false,
                List.of("age", "diagnosis"));
    }

    private ProjectFile project(Path table, Path file) {
        return new ProjectFile(DatasetRef.of(table, file, "ab12"), metadata(),
                List.of(new SavedRun(1, RunSettings.defaults(500, 42), null), new SavedRun(3, unusual(), "from run 1")));
    }

    @Test
    void aProjectReadsBackAsItWasWritten() throws Exception {
        Path table = Files.createDirectories(dir.resolve("data")).resolve("people.csv");
        Path file = Files.createDirectories(dir.resolve("projects")).resolve("study.semblance");
        ProjectFile written = project(table, file);

        written.write(file, false);
        ProjectFile read = ProjectFile.read(file);

        assertEquals(written, read);
        assertEquals("../data/people.csv", read.dataset().relativePath());
        assertEquals(table.toAbsolutePath().toString(), read.dataset().path());
        assertEquals("people.csv", read.dataset().fileName());
        String json = Files.readString(file);
        assertTrue(json.contains("\"format\" : \"semblance-project\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
        assertTrue(json.contains("\"METADATA_SPEC_VERSION\" : \"SINGLE_TABLE_V1\""), "metadata in its own format");
        assertTrue(!json.contains("synthetic\""), "no generated rows are stored");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path file = Files.writeString(dir.resolve("study.semblance"), "keep");
        ProjectFile p = project(dir.resolve("t.csv"), file);

        assertThrows(FileAlreadyExistsException.class, () -> p.write(file, false));
        assertEquals("keep", Files.readString(file));
        p.write(file, true);
        assertEquals(p, ProjectFile.read(file));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void theTableIsFoundWhereItWasElseBesideTheProjectAsBefore() throws Exception {
        Path table = Files.writeString(Files.createDirectories(dir.resolve("old/data")).resolve("t.csv"), "a\n1\n");
        Path file = dir.resolve("old/study.semblance");
        DatasetRef ref = DatasetRef.of(table, file, "x");
        assertEquals(Optional.of(table.toAbsolutePath()), ref.locate(file));

        Path moved = Files.createDirectories(dir.resolve("new/data")).resolve("t.csv");
        Files.move(table, moved);
        Path movedProject = dir.resolve("new/study.semblance");
        assertEquals(Optional.of(moved.toAbsolutePath().normalize()), ref.locate(movedProject));
        assertEquals(Optional.empty(), ref.locate(dir.resolve("elsewhere/study.semblance")));
    }

    @Test
    void aRunSavedWithoutSomeListsReadsThemAsEmpty() {
        String json = new ProjectFile(new DatasetRef("/t.csv", null, "ab"), metadata(),
                List.of(new SavedRun(1, RunSettings.defaults(10, 1), null))).toJson()
                .replaceAll("\"constraints\" : \\[ ],?", "").replaceAll("\"visitSequence\" : \\[ ]", "\"x\" : 1");

        SavedRun run = ProjectFile.parse(json).runs().get(0);

        assertEquals(List.of(), run.settings().constraints());
        assertEquals(List.of(), run.settings().visitSequence());
        assertNull(run.origin());
    }

    @Test
    void whatIsNotAProjectIsRefusedInOneSentence() {
        assertMessage("this is not a Semblance project: not valid JSON at line 1", "{oops");
        assertMessage("this is not a Semblance project (no \"format\": \"semblance-project\")", "{\"columns\": {}}");
        assertMessage("the project was saved by a newer Semblance (project format 2); this version reads format 1"
                + " and older", "{\"format\": \"semblance-project\", \"version\": 2}");
        assertMessage("the project has no \"dataset\"", "{\"format\": \"semblance-project\", \"version\": 1}");
        String noSettings = project(dir.resolve("t.csv"), dir.resolve("p.semblance")).toJson()
                .replace("\"settings\"", "\"other\"");
        assertMessage("run 1 of the project has no settings", noSettings);
    }

    @Test
    void limitsAwayFromTheDefaultsAreSavedAloneAndReadBack() {
        Thresholds limits = Thresholds.defaults().with("highest_risk", new Threshold(0.1, 0.25, false))
                .with("disco", new Threshold(0.5, 2, false)).with("dcr_share", Thresholds.defaults().get("dcr_share"));
        ProjectFile written = new ProjectFile(new DatasetRef("/t.csv", null, "ab"), metadata(), List.of(), limits);

        String json = written.toJson();
        ProjectFile read = ProjectFile.parse(json);

        assertEquals(written, read);
        assertEquals(limits, read.limits());
        assertTrue(json.replaceAll("\\s", "").contains("\"limits\":{\"disco\":{\"green\":0.5,\"red\":2.0,"
                + "\"higherIsBetter\":false},\"highest_risk\":{\"green\":0.1,\"red\":0.25,\"higherIsBetter\":false}}"),
                json);
        assertFalse(json.contains("dcr_share"), "a limit at its default is not written");
    }

    @Test
    void theFuzzSeedWithLimitsIsAProject() throws Exception {
        try (var in = getClass().getResourceAsStream("ProjectFileFuzzTestInputs/projectFile/limits.semblance")) {
            ProjectFile p = ProjectFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(Thresholds.defaults().with("highest_risk", new Threshold(0.1, 0.3, false))
                    .with("replicated_uniques", new Threshold(0.5, 2, false)), p.limits());
        }
    }

    @Test
    void aProjectSavedWithoutLimitsOpensWithTheDefaults() throws Exception {
        String json = project(dir.resolve("t.csv"), dir.resolve("p.semblance")).toJson();
        assertFalse(json.contains("\"limits\""), "nothing to save when every limit is the default");
        assertEquals(Thresholds.defaults(), ProjectFile.parse(json).limits());
        try (var old = getClass().getResourceAsStream("ProjectFileFuzzTestInputs/projectFile/patients.semblance")) {
            ProjectFile before = ProjectFile.parse(new String(old.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(Thresholds.defaults(), before.limits(), "a file written before limits were saved");
            assertEquals(2, before.runs().size());
        }
        assertEquals(Thresholds.defaults(), ProjectFile.parse(json.replaceFirst("\\{", "{\"limits\": null,"))
                .limits());
    }

    @Test
    void aBadLimitIsRefusedInOneSentence() {
        String json = project(dir.resolve("t.csv"), dir.resolve("p.semblance")).toJson();
        String at = "{\"limits\": %s,";
        String lower = "\"green\": 0.1, \"red\": 0.3, \"higherIsBetter\": false";
        assertMessage("the \"limits\" of the project must name metrics and their limits, not array",
                json.replaceFirst("\\{", String.format(at, "[1]")));
        assertMessage("the \"limits\" of the project names \"speed\", which is not a metric with a verdict",
                json.replaceFirst("\\{", String.format(at, "{\"speed\": {" + lower + "}}")));
        assertMessage("the limit of \"disco\" in the project needs numbers \"green\" and \"red\" and true or false"
                + " for \"higherIsBetter\"", json.replaceFirst("\\{", String.format(at, "{\"disco\": {"
                + lower.replace("0.3", "\"0.3\"") + "}}")));
        assertMessage("the limit of \"disco\" in the project needs numbers \"green\" and \"red\" and true or false"
                + " for \"higherIsBetter\"", json.replaceFirst("\\{", String.format(at, "{\"disco\": 2}")));
        assertMessage("the limit of \"disco\" in the project must be 0 or more, got green -0.1 and red 0.3",
                json.replaceFirst("\\{", String.format(at, "{\"disco\": {" + lower.replace("0.1", "-0.1") + "}}")));
        assertMessage("the limit of \"disco\" in the project must be 0 or more, got green 0.1 and red Infinity",
                json.replaceFirst("\\{", String.format(at, "{\"disco\": {" + lower.replace("0.3", "1e999") + "}}")));
        assertMessage("the limit of \"disco\" in the project says higher is better, but lower is better for it",
                json.replaceFirst("\\{", String.format(at, "{\"disco\": {" + lower.replace("false", "true") + "}}")));
        assertMessage("the limit of \"disco\" in the project turns red at 0.05, before it stops being green at 0.1",
                json.replaceFirst("\\{", String.format(at, "{\"disco\": {" + lower.replace("0.3", "0.05") + "}}")));
    }

    private static void assertMessage(String expected, String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectFile.parse(json));
        assertEquals(expected, e.getMessage());
    }
}
