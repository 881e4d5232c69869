// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.job;

/** Thrown by a job that stopped because the user cancelled it; nothing it was writing is left behind. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled by the user");
    }
}
