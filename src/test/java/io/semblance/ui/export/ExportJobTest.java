// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.CancelledException;
import io.semblance.core.job.ProgressListener;
import io.semblance.ui.session.Run;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is all or nothing: stopped after some files are complete, it leaves the folder as it was. */
class ExportJobTest {
    private static Run run;

    @TempDir
    static Path scratch;
    @TempDir
    Path out;

    @BeforeAll
    static void fit() throws Exception {
        run = TestRuns.fit("copula", 300, false, scratch);
    }

    private List<PlannedFile> plan(boolean csvExists) {
        return List.of(new PlannedFile(ExportKind.METADATA, out.resolve("r-metadata.json"), false),
                new PlannedFile(ExportKind.CSV, out.resolve("r-synthetic.csv"), csvExists),
                new PlannedFile(ExportKind.JSON_REPORT, out.resolve("r-report.json"), false));
    }

    private List<String> folder() throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void cancelledAfterTheFirstFilesLeavesTheFolderAsItWas() throws Exception {
        Path csv = Files.writeString(out.resolve("r-synthetic.csv"), "kept\n");
        Cancellation cancel = new Cancellation();
        ProgressListener stopAfterTheTable = (f, m) -> {
            if (f >= 0.9) { // the metadata and the table are written
                cancel.cancel();
            }
        };
        assertThrows(CancelledException.class, () -> new ExportJob(run, plan(true), null).run(stopAfterTheTable, cancel));
        assertEquals(List.of("r-synthetic.csv"), folder(), "no new file, no staging folder");
        assertEquals("kept\n", Files.readString(csv));
    }

    @Test
    void aFileThatAppearedMeanwhileIsNotReplacedWithoutAsking() throws Exception {
        ProgressListener someoneWritesTheCsv = (f, m) -> {
            try {
                if (f >= 0.9 && !Files.exists(out.resolve("r-synthetic.csv"))) {
                    Files.writeString(out.resolve("r-synthetic.csv"), "theirs\n");
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThrows(FileAlreadyExistsException.class,
                () -> new ExportJob(run, plan(false), null).run(someoneWritesTheCsv, Cancellation.NEVER));
        assertEquals(List.of("r-synthetic.csv"), folder());
        assertEquals("theirs\n", Files.readString(out.resolve("r-synthetic.csv")));
    }

    @Test
    void writesAllFilesWhenNotStopped() throws Exception {
        List<Path> written = new ExportJob(run, plan(false), null).run(ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(plan(false).stream().map(PlannedFile::path).toList(), written);
        assertEquals(List.of("r-metadata.json", "r-report.json", "r-synthetic.csv"), folder());
        assertEquals(301, Files.readAllLines(out.resolve("r-synthetic.csv")).size());
    }
}
