// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import io.semblance.core.synth.Strategy;
import io.semblance.ui.session.Session;
import io.semblance.ui.synthesize.SynthesizeViewModel;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * The tour's run: a full copula synthesis with a fixed seed, started through the Synthesize step's view model as
 * Generate would start it with those settings. Use from the FX thread.
 */
final class TourSynthesis {
    private final SynthesizeViewModel synth;
    private final int runsBefore;
    private final long rows;

    /**
     * Starts the run on the session's table; {@code rows} 0 for as many as the table has. The Synthesize page shown
     * in {@code scene}, if any, gets the same rows and seed typed in, so its picture shows what the run used.
     */
    TourSynthesis(Session session, Scene scene, long seed, long rows) {
        synth = new SynthesizeViewModel(session, Locale.US, run -> { });
        synth.form().strategyProperty().set(Strategy.FULL);
        synth.form().modelProperty().set("copula");
        synth.form().seedProperty().set(String.valueOf(seed));
        type(scene, "#synthesize-seed", String.valueOf(seed));
        if (rows > 0) {
            synth.form().rowsProperty().set(String.valueOf(rows));
            type(scene, "#synthesize-rows", String.valueOf(rows));
        }
        if (!synth.canGenerateProperty().get()) {
            throw new IllegalArgumentException(synth.problemProperty().get());
        }
        this.runsBefore = session.runs().size();
        this.rows = rows > 0 ? rows : session.datasetProperty().get().rowCount();
        synth.generate();
    }

    private static void type(Scene scene, String id, String text) {
        if (scene.lookup(id) instanceof TextInputControl field) {
            field.setText(text);
        }
    }

    /** Rows asked for. */
    long rows() {
        return rows;
    }

    /** Whether the run is made and kept; fails with the reason if it failed. */
    boolean finished() {
        if (!synth.failureProperty().get().isEmpty()) {
            throw new TourFailure("the synthesis failed: " + synth.failureProperty().get());
        }
        return !synth.runningProperty().get() && synth.runs().size() > runsBefore;
    }
}
