// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

/** Receives progress of a long job: fraction in [0,1] (or -1 when unknown) and a short message for the user. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    void progress(double fraction, String message);
}
