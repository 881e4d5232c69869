// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * How long the workbench took to start, for measuring the installed application ({@code installer/check-linux.sh}
 * does). Off unless the environment variable {@code SEMBLANCE_STARTUP_REPORT} is {@code 1} or the system property
 * {@code semblance.startupReport} is {@code true}; then two lines go to standard error, each once the window has been
 * laid out after the event, counted in milliseconds from the start of the Java virtual machine: {@code window <ms> ms}
 * when the window is first shown, {@code startup <ms> ms} when the first table has been read, profiled and shown in it.
 */
public final class StartupReport {
    static final String VARIABLE = "SEMBLANCE_STARTUP_REPORT";
    static final String PROPERTY = "semblance.startupReport";

    /** The window's scene; null when the report is off. */
    private final Scene scene;
    private final PrintStream err;

    private StartupReport(Scene scene, PrintStream err) {
        this.scene = scene;
        this.err = err;
    }

    /** The report on {@code scene}'s window, printed to {@code err}; one that prints nothing when not asked for. */
    static StartupReport of(Scene scene, PrintStream err) {
        return new StartupReport(requested(System.getenv(VARIABLE), System.getProperty(PROPERTY)) ? scene : null, err);
    }

    /** Whether the report was asked for, given the variable's and the property's values (either may be null). */
    static boolean requested(String variable, String property) {
        return "1".equals(variable) || "true".equalsIgnoreCase(property);
    }

    /** The line printed for {@code event} at {@code atMillis} of a start at {@code startMillis}. */
    static String line(String event, long startMillis, long atMillis) {
        return String.format(Locale.ROOT, "%s %d ms", event, atMillis - startMillis);
    }

    /** Prints {@code window <ms> ms} after the next layout. Call on the FX thread once the stage is shown. */
    void windowShown() {
        afterNextLayout("window");
    }

    /** Prints {@code startup <ms> ms} after the next layout. Call on the FX thread once the table is shown. */
    void tableShown() {
        afterNextLayout("startup");
    }

    private void afterNextLayout(String event) {
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            err.println(line(event, ManagementFactory.getRuntimeMXBean().getStartTime(), System.currentTimeMillis()));
            err.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
