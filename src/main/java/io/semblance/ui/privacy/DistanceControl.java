// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.privacy.RowRisks;
import io.semblance.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A slider for the distance threshold of the rows at risk, from 0 to the largest distance measured. */
final class DistanceControl {
    private final HBox box;

    DistanceControl(RowsAtRiskModel rows, String id) {
        Label label = new Label(Messages.get("privacy.distance.label"));
        Slider slider = new Slider(0, 1, 0);
        slider.setId(id);
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(0.05);
        slider.setMinorTickCount(4);
        slider.setBlockIncrement(0.001);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        rows.risksProperty().addListener((o, was, now) -> range(slider, now));
        range(slider, rows.risksProperty().get());
        slider.valueProperty().bindBidirectional(rows.maxDistanceProperty());
        slider.disableProperty().bind(rows.risksProperty().isNull().or(rows.byDistanceProperty().not()));
        Label value = new Label();
        value.getStyleClass().add("distance-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("privacy.distance.value",
                rows.maxDistanceProperty().get()), rows.maxDistanceProperty()));
        box = new HBox(label, slider, value);
        box.getStyleClass().add("distance-control");
    }

    private static void range(Slider slider, RowRisks risks) {
        if (risks != null) {
            double hi = Math.max(risks.largestDistance(), risks.suggestedDistance());
            slider.setMax(hi > 0 ? Math.min(1, hi) : 1);
        }
    }

    HBox node() {
        return box;
    }
}
