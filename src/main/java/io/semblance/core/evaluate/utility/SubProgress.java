// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

import io.semblance.core.job.ProgressListener;

/** Progress of one step of a longer job, mapped into the step's share of the whole and prefixed with its name. */
final class SubProgress {
    private SubProgress() {
    }

    /** A listener that reports fraction f of this step as {@code from + f * (to - from)} of the whole. */
    static ProgressListener of(ProgressListener parent, double from, double to, String prefix) {
        return (fraction, message) -> parent.progress(fraction < 0 ? -1 : from + fraction * (to - from),
                message == null || message.isEmpty() ? prefix : prefix + ": " + message);
    }
}
