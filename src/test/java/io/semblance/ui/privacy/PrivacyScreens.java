// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Thresholds;
import io.semblance.core.io.TableReaders;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.ColumnRole;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.report.Evaluation;
import io.semblance.core.report.EvaluationReport;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Holdout;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import io.semblance.ui.Step;
import io.semblance.ui.WorkbenchView;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.common.FxDialogService;
import io.semblance.ui.session.Run;
import io.semblance.ui.session.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a test: opens the workbench on a run of a real table and saves a picture of each Privacy tab, to look at the
 * step as a steward would. Arguments: TABLE OUT_DIR [HOLDOUT_SHARE (default 0.2)] [ROWS_TO_TAKE (default all)].
 */
public final class PrivacyScreens {
    private PrivacyScreens() {
    }

    public static void main(String[] args) throws Exception {
        Path table = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        double share = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
        Run run = run(table, share, args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE);
        System.out.println("run ready");
        Platform.startup(() -> { });
        WorkbenchViewModel[] vm = new WorkbenchViewModel[1];
        Stage[] stage = new Stage[1];
        PrivacyRuns.fx(() -> {
            stage[0] = new Stage();
            vm[0] = new WorkbenchViewModel(new DefaultEngine(Locale.US), new FxDialogService(stage[0]),
                    new BackgroundJobs());
            new WorkbenchView(vm[0]).show(stage[0]);
            vm[0].session().addRun(run);
            vm[0].go(Step.PRIVACY);
            return null;
        });
        PrivacyRuns.until(() -> stage[0].getScene().lookup("#rows-at-risk") != null);
        Thread.sleep(15_000); // the rows at risk are measured in the background
        TabPane tabs = (TabPane) stage[0].getScene().lookup("#privacy-tabs");
        for (int t = 0; t < tabs.getTabs().size(); t++) {
            int tab = t;
            PrivacyRuns.fx(() -> {
                tabs.getSelectionModel().select(tab);
                if (stage[0].getScene().lookup("#rows-at-risk") instanceof javafx.scene.control.TableView<?> rows) {
                    rows.getSelectionModel().select(0);
                }
                return null;
            });
            Thread.sleep(1500);
            var image = PrivacyRuns.fx(() -> stage[0].getScene().snapshot(null));
            Path file = out.resolve("privacy-" + tabs.getTabs().get(t).getId() + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.out.println("wrote " + file);
        }
        PrivacyRuns.fx(() -> {
            vm[0].session().selectedRunProperty().set(null);
            return null;
        });
        Thread.sleep(500);
        var empty = PrivacyRuns.fx(() -> stage[0].getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(empty, null), "png", out.resolve("privacy-empty.png").toFile());
        Platform.exit();
    }

    private static Run run(Path table, double share, int take) throws Exception {
        Dataset all = TableReaders.read(table);
        if (take < all.rowCount()) {
            all = all.selectRows(java.util.stream.IntStream.range(0, take).toArray());
        }
        Metadata meta = Synthesis.detect(all, ProgressListener.NONE, Cancellation.NEVER);
        Holdout split = share > 0 ? Holdout.split(all, share, 1) : new Holdout(all, null);
        FittedModel model = Synthesis.fit("copula", split.training(), meta, 1, Locale.US, ProgressListener.NONE,
                Cancellation.NEVER);
        Path syn = Files.createTempFile("privacy-screens", ".csv");
        new SampleWriter().write(model, all.rowCount(), 1, syn, true, ProgressListener.NONE, Cancellation.NEVER);
        Dataset s = TableReaders.read(syn);
        Files.delete(syn);
        EvaluationReport report = Evaluation.run(new Evaluation.Request(split.training(), s, split.holdout(), meta,
                meta.withRole(ColumnRole.QUASI_IDENTIFIER), meta.withRole(ColumnRole.SENSITIVE), null, 1, 0.2,
                Thresholds.defaults()), List.of(), "screens", ProgressListener.NONE, Cancellation.NEVER);
        return new Run(1, RunSettings.defaults(all.rowCount(), 1), meta, split.training(), split.holdout(), s, model,
                report, Duration.ZERO, List.of(), null);
    }
}
