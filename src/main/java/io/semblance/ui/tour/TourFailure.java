// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

/** The tour could not finish: no display, a step that never settled, a synthesis that failed. Its message is one line. */
public final class TourFailure extends RuntimeException {
    public TourFailure(String message) {
        super(message);
    }
}
