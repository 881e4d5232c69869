// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import io.semblance.core.io.DataFormatException;
import io.semblance.core.io.ReadOptions;
import io.semblance.core.io.TableRead;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.ui.common.DefaultEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** The real engine, except that reading {@code slow} hangs until the job is cancelled (at most 15 s). */
final class GatedEngine extends DefaultEngine {
    final CountDownLatch slowStarted = new CountDownLatch(1);
    volatile boolean slowSawCancel;
    private final Path slow;

    GatedEngine(Path slow) {
        super(java.util.Locale.US);
        this.slow = slow;
    }

    @Override
    public TableRead read(Path file, ReadOptions options, int maxRows, ProgressListener progress, Cancellation cancel)
            throws DataFormatException, IOException {
        if (file.equals(slow)) {
            hang(progress, cancel);
        }
        return super.read(file, options, maxRows, progress, cancel);
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
}
