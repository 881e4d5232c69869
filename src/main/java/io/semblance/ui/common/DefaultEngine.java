// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.core.profile.Profiler;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.copula.ColumnGenerators;
import io.semblance.core.synth.copula.CopulaSynthesizer;
import io.semblance.core.synth.output.SampleWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The engine as the workbench uses it: registry readers, profiling without a PII scan, the Gaussian copula. */
public final class DefaultEngine implements Engine {
    private final ColumnGenerators generators;

    /** @param generators makes the columns that are never modelled (identifiers, PII) */
    public DefaultEngine(ColumnGenerators generators) {
        this.generators = generators;
    }

    @Override
    public Dataset read(Path file, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        return TableReaders.read(file, ReadOptions.defaults(), progress, cancel);
    }

    @Override
    public List<ColumnProfile> profile(Dataset data, ProgressListener progress, Cancellation cancel) {
        return Profiler.withoutPii().profile(data, progress, cancel);
    }

    @Override
    public FittedModel fit(Dataset data, Metadata meta, long seed, ProgressListener progress, Cancellation cancel) {
        return new CopulaSynthesizer(generators).fit(data, meta, seed, progress, cancel);
    }

    @Override
    public void write(FittedModel model, long rows, long seed, Path out, boolean replace, ProgressListener progress,
                      Cancellation cancel) throws IOException {
        new SampleWriter().write(model, rows, seed, out, replace, progress, cancel);
    }
}
