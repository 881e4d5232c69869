// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.output.SampleWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input, settings and seed give a byte-identical file; another seed gives another file. */
class ReproducibilityTest {
    @TempDir
    Path dir;

    private byte[] synth(Dataset d, long seed, long rows, int threads, String name) throws Exception {
        Metadata meta = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
        FittedModel m = Synthesis.fit("copula", d, meta, seed, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        Path out = dir.resolve(name);
        new SampleWriter(threads).write(m, rows, seed, out, false, ProgressListener.NONE, Cancellation.NEVER);
        return Files.readAllBytes(out);
    }

    @Test
    void sameSeedSameBytesWhateverTheThreadCount() throws Exception {
        Dataset d = TableReaders.read(Fixtures.GERMAN_CREDIT.path());
        byte[] a = synth(d, 7, 20_000, 1, "a.csv");
        byte[] b = synth(d, 7, 20_000, 4, "b.csv");
        assertArrayEquals(a, b);
        byte[] c = synth(d, 8, 20_000, 2, "c.csv");
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void savedModelSamplesTheSameRowsAsTheFittedOne() throws Exception {
        Dataset d = TableReaders.read(Fixtures.GERMAN_CREDIT.path());
        Metadata meta = Synthesis.detect(d, ProgressListener.NONE, Cancellation.NEVER);
        FittedModel m = Synthesis.fit("copula", d, meta, 3, Locale.US, ProgressListener.NONE, Cancellation.NEVER);
        Path model = dir.resolve("credit.model.json");
        ModelFiles.save(m, model, false);
        String json = Files.readString(model);
        assertFalse(json.contains("\"rows\""));
        Path direct = dir.resolve("direct.csv");
        Path loaded = dir.resolve("loaded.csv");
        new SampleWriter().write(m, 5000, 11, direct, false, ProgressListener.NONE, Cancellation.NEVER);
        new SampleWriter().write(ModelFiles.load(model), 5000, 11, loaded, false, ProgressListener.NONE, Cancellation.NEVER);
        assertArrayEquals(Files.readAllBytes(direct), Files.readAllBytes(loaded));
        assertEquals(5001, Files.readAllLines(loaded).size());
        Path version1 = dir.resolve("credit.v1.json");
        assertTrue(json.contains("\"version\" : 2"));
        Files.writeString(version1, json.replace("\"version\" : 2", "\"version\" : 1"));
        Path old = dir.resolve("old.csv");
        new SampleWriter().write(ModelFiles.load(version1), 5000, 11, old, false, ProgressListener.NONE, Cancellation.NEVER);
        assertArrayEquals(Files.readAllBytes(direct), Files.readAllBytes(old));
        assertTrue(Files.list(dir).noneMatch(p -> p.toString().endsWith(".partial")));
    }
}
