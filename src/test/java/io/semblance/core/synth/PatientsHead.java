// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.Fixtures;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first 40 rows of the patients sample and their detected metadata, read once: identifiers, personal data,
 * dates, whole and decimal numbers with missing values, and categories, for the fuzz tests of condition and
 * constraint texts to bind to.
 */
public final class PatientsHead {
    /** The rows. */
    public static final Dataset DATA;
    /** Their metadata, as detected. */
    public static final Metadata META;

    static {
        try {
            Path dir = Files.createTempDirectory("patients-head");
            Path file = Fixtures.PATIENTS.head(dir, 40);
            DATA = TableReaders.read(file);
            META = Synthesis.detect(DATA, ProgressListener.NONE, Cancellation.NEVER);
            Files.delete(file);
            Files.delete(dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the patients sample", e);
        }
    }

    private PatientsHead() {
    }
}
