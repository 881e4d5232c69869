// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import javafx.application.Platform;

/** Starts the JavaFX toolkit for a driver that is not a JavaFX application, or joins the one already running. */
final class Toolkit {
    /**
     * JavaFX's own logger, held so its level sticks: it warns on every start that JavaFX is on the class path, which
     * is how Semblance runs on purpose; a tour's output is kept to its own lines.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Toolkit() {
    }

    /**
     * Starts the toolkit unless it is running; closing the last window does not stop a toolkit started here. Fails
     * with one line when there is no display to draw on.
     */
    static void start() {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            Platform.startup(() -> { });
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            // a window or a test started it: use it as it is
        } catch (UnsupportedOperationException | UnsatisfiedLinkError noDisplay) {
            throw new TourFailure("cannot open a window (" + noDisplay.getMessage() + "); run on a desktop, or under"
                    + " xvfb-run -a -s \"-screen 0 1600x1000x24\"");
        }
    }
}
