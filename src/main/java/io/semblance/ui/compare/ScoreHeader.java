// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.compare;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.MetricResult;
import io.semblance.ui.common.Messages;
import io.semblance.ui.session.Run;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The run's three quality scores as tiles coloured by verdict, each with the engine's sentence about it. */
final class ScoreHeader {
    private final VBox box;

    ScoreHeader(CompareViewModel vm) {
        Label run = new Label();
        run.setId("compare-run");
        run.getStyleClass().add("compare-run");
        vm.runProperty().addListener((o, old, r) -> run.setText(describe(r)));
        run.setText(describe(vm.runProperty().get()));
        HBox tiles = new HBox(tile("compare-quality", "compare.quality", vm.qualityProperty()),
                tile("compare-column-shapes", "compare.columnShapes", vm.columnShapesProperty()),
                tile("compare-column-pair-trends", "compare.columnPairTrends", vm.columnPairTrendsProperty()));
        tiles.getStyleClass().add("score-tiles");
        box = new VBox(run, tiles);
        box.getStyleClass().add("score-header");
    }

    private static String describe(Run r) {
        return r == null ? "" : Messages.get("compare.run", r.number(), r.training().rowCount(), r.synthetic().rowCount());
    }

    private static Node tile(String id, String captionKey, ReadOnlyObjectProperty<MetricResult> result) {
        Label caption = new Label(Messages.get(captionKey));
        caption.getStyleClass().add("score-caption");
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("score-value");
        Label sentence = new Label();
        sentence.getStyleClass().add("score-sentence");
        sentence.setWrapText(true);
        HBox top = new HBox(8, caption, value);
        top.getStyleClass().add("score-top");
        VBox tile = new VBox(top, sentence);
        tile.getStyleClass().add("score-tile");
        HBox.setHgrow(tile, Priority.ALWAYS);
        Runnable update = () -> {
            MetricResult m = result.get();
            value.setText(m == null || Double.isNaN(m.value()) ? Messages.get("compare.notScored")
                    : Messages.get("compare.percent", m.value()));
            sentence.setText(m == null ? "" : m.sentence());
            sentence.setTooltip(m == null ? null : new Tooltip(m.sentence()));
            tile.getStyleClass().removeIf(c -> c.startsWith("level-"));
            if (m != null) {
                tile.getStyleClass().add(levelClass(m.level()));
            }
        };
        result.addListener((o, old, m) -> update.run());
        update.run();
        return tile;
    }

    /** The style class of a verdict: level-green, level-amber or level-red. */
    static String levelClass(Level level) {
        return "level-" + level.name().toLowerCase(Locale.ROOT);
    }

    Node node() {
        return box;
    }
}
