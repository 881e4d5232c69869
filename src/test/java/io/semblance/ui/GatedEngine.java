// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableRead;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.profile.ColumnProfile;
import io.semblance.core.synth.FittedModel;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.Engine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The real engine, except that reading {@code slow} hangs until the job is cancelled (at most 15 s). */
final class GatedEngine implements Engine {
    final CountDownLatch slowStarted = new CountDownLatch(1);
    volatile boolean slowSawCancel;
    private final Engine real = new DefaultEngine(java.util.Locale.US);
    private final Path slow;

    GatedEngine(Path slow) {
        this.slow = slow;
    }

    @Override
    public TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        if (file.equals(slow)) {
            hang(progress, cancel);
        }
        return real.read(file, options, maxRows, progress, cancel);
    }

    private void hang(ProgressListener progress, Cancellation cancel) throws IOException {
        slowStarted.countDown();
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            progress.progress(-1, "waiting");
            if (cancel.isCancelled()) {
                slowSawCancel = true;
                cancel.check();
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IOException("the slow job was never cancelled");
    }

    @Override
    public List<ColumnProfile> profile(Dataset data, ProgressListener progress, Cancellation cancel) {
        return real.profile(data, progress, cancel);
    }

    @Override
    public FittedModel fit(Dataset data, Metadata meta, long seed, ProgressListener progress, Cancellation cancel) {
        return real.fit(data, meta, seed, progress, cancel);
    }

    @Override
    public void write(FittedModel model, long rows, long seed, Path out, boolean replace, ProgressListener progress,
                      Cancellation cancel) throws IOException {
        real.write(model, rows, seed, out, replace, progress, cancel);
    }
}
