// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import io.semblance.ui.common.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The open table at a glance: its name and format, rows, columns, missing share, the file's SHA-256 (shortened,
 * with the whole value in a tooltip and a copy button) and the reader's warnings.
 */
final class SummaryView {
    private static final int SHORT_HASH = 12;
    private final DataViewModel vm;
    private final Label name = new Label();
    private final Label format = value("summary-format");
    private final Label rows = value("summary-rows");
    private final Label columns = value("summary-columns");
    private final Label missing = value("summary-missing");
    private final Label sha = value("summary-sha");
    private final Tooltip shaFull = new Tooltip();
    private final VBox warningList = new VBox();
    private final TitledPane warnings = new TitledPane(null, warningList);
    private final VBox box;

    SummaryView(DataViewModel vm) {
        this.vm = vm;
        name.setId("summary-name");
        name.getStyleClass().add("summary-name");
        name.setMinWidth(0);
        Button reopen = new Button(Messages.get("data.summary.reopen"));
        reopen.setId("summary-reopen");
        reopen.setOnAction(e -> vm.reopenWithOptions());
        reopen.disableProperty().bind(vm.blockedProperty());
        Button open = new Button(Messages.get("data.summary.open"));
        open.setOnAction(e -> vm.open());
        open.disableProperty().bind(vm.blockedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(name, gap, reopen, open);
        top.getStyleClass().add("summary-top");

        shaFull.setShowDuration(Duration.minutes(1));
        sha.setTooltip(shaFull);
        Button copy = new Button(Messages.get("data.summary.copy"));
        copy.setId("summary-copy");
        copy.getStyleClass().add("summary-copy");
        copy.setTooltip(new Tooltip(Messages.get("data.summary.copy.help")));
        copy.setOnAction(e -> copy());
        HBox hash = new HBox(sha, copy);
        hash.getStyleClass().add("summary-hash");
        FlowPane facts = new FlowPane(fact("data.summary.format", format), fact("data.summary.rows", rows),
                fact("data.summary.columns", columns), fact("data.summary.missing", missing),
                fact("data.summary.sha", hash));
        facts.getStyleClass().add("summary-facts");

        warnings.setId("summary-warnings");
        warnings.setExpanded(false);
        warnings.getStyleClass().add("summary-warnings");
        warnings.managedProperty().bind(warnings.visibleProperty());
        box = new VBox(top, facts, warnings);
        box.getStyleClass().add("summary");
        vm.summaryProperty().addListener((o, old, s) -> show(s));
        show(vm.summaryProperty().get());
    }

    VBox node() {
        return box;
    }

    private void show(TableSummary s) {
        if (s == null) {
            return;
        }
        name.setText(s.sample() ? Messages.get("data.summary.sample", s.name()) : s.name());
        format.setText(FormatText.describe(s.format()));
        rows.setText(Messages.get("data.count", s.rows()));
        columns.setText(Messages.get("data.count", s.columns()));
        missing.setText(Messages.get("data.summary.missingValue", s.missingShare()));
        sha.setText(s.sha256().substring(0, SHORT_HASH) + "…");
        shaFull.setText(s.sha256());
        warnings.setText(Messages.get("data.summary.warnings", s.warnings().size()));
        warnings.setVisible(!s.warnings().isEmpty());
        warningList.getChildren().setAll(s.warnings().stream().map(w -> {
            Label l = new Label("• " + w);
            l.setWrapText(true);
            return l;
        }).toList());
    }

    private void copy() {
        TableSummary s = vm.summaryProperty().get();
        if (s != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(s.sha256());
            Clipboard.getSystemClipboard().setContent(content);
            vm.checksumCopied();
        }
    }

    private static VBox fact(String key, Region value) {
        Label caption = new Label(Messages.get(key));
        caption.getStyleClass().add("fact-caption");
        VBox v = new VBox(caption, value);
        v.getStyleClass().add("fact");
        return v;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("fact-value");
        return l;
    }
}
