// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.export;

import io.semblance.core.evaluate.MetricResult;
import io.semblance.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Red verdicts, one under the other: the metric and its value in bold, then the engine's sentence. */
final class VerdictList {
    private VerdictList() {
    }

    static VBox of(List<MetricResult> red) {
        VBox box = new VBox(6);
        box.getStyleClass().add("red-verdicts");
        for (MetricResult m : red) {
            box.getChildren().add(item(m));
        }
        return box;
    }

    static VBox item(MetricResult m) {
        Label name = new Label(Messages.get("export.verdicts.value", m.label(), value(m.value())));
        name.getStyleClass().add("red-verdict-name");
        name.setWrapText(true);
        Label sentence = new Label(m.sentence());
        sentence.getStyleClass().add("red-verdict-sentence");
        sentence.setWrapText(true);
        VBox item = new VBox(1, name, sentence);
        item.getStyleClass().add("red-verdict");
        return item;
    }

    /** The value as the HTML report shows it: three decimals, or one with grouping from 100. */
    private static String value(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.getDefault(), Math.abs(v) >= 100 ? "%,.1f" : "%.3f", v);
    }
}
