// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.columns;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.core.profile.Profiler;
import io.semblance.core.report.InputFile;
import io.semblance.core.synth.Synthesis;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sessions with a table open, as the Data step leaves them, and the small tables they open. */
final class Opened {
    private Opened() {
    }

    /** A new session with the file read, profiled (PII detection included) and its suggested metadata. Call on the FX thread. */
    static Session session(Path file) {
        Session s = new Session(new BackgroundJobs());
        open(s, file);
        return s;
    }

    /** Opens the file in the session; a file that cannot be read fails the test. */
    static void open(Session s, Path file) {
        try {
            Dataset d = TableReaders.read(file);
            List<ColumnProfile> p = Synthesis.profiler().profile(d, ProgressListener.NONE, Cancellation.NEVER);
            s.open(file, d, InputFile.sha256(file), p, Profiler.metadata(p));
        } catch (IOException | DataFormatException e) {
            throw new IllegalStateException("cannot open " + file, e);
        }
    }

    /**
     * 60 visits: patient_id (a key), visit (dates %Y-%m-%d), age, sex, email (PII), diagnosis; fixed values.
     */
    static Path visits(Path dir) throws IOException {
        String[] sexes = {"F", "M"};
        String[] diagnoses = {"flu", "asthma", "fracture", "migraine"};
        List<String> lines = new ArrayList<>();
        lines.add("patient_id,visit,age,sex,email,diagnosis");
        for (int i = 0; i < 60; i++) {
            lines.add(String.format("P-%04d,2023-%02d-%02d,%d,%s,person%d@example.org,%s", 1000 + i, 1 + i % 12,
                    1 + i % 28, 20 + (i * 7) % 60, sexes[i % 2], i, diagnoses[i % 4]));
        }
        return Files.write(dir.resolve("visits.csv"), lines);
    }
}
