// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.common;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableRead;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The engine as the workbench uses it: the reader registry, profiling with PII detection, the default model. Not
 * final, so that a test can change one call and leave the others real.
 */
public class DefaultEngine implements Engine {
    private final Locale locale;

    /** @param locale locale of generated names, addresses and phone numbers */
    public DefaultEngine(Locale locale) {
        this.locale = locale;
    }

    @Override
    public TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        return TableReaders.read(file, options, maxRows, progress, cancel);
    }

    @Override
    public List<ColumnProfile> profile(Dataset data, ProgressListener progress, Cancellation cancel) {
        return Synthesis.profiler().profile(data, progress, cancel);
    }

    @Override
    public FittedModel fit(Dataset data, Metadata meta, long seed, ProgressListener progress, Cancellation cancel) {
        return Synthesis.fit("copula", data, meta, seed, locale, progress, cancel);
    }

    @Override
    public void write(FittedModel model, long rows, long seed, Path out, boolean replace, ProgressListener progress,
                      Cancellation cancel) throws IOException {
        new SampleWriter().write(model, rows, seed, out, replace, progress, cancel);
    }
}
