// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.tour;

import io.semblance.ui.Step;
import io.semblance.ui.Theme;
import io.semblance.ui.WindowMemory;
import io.semblance.ui.WorkbenchFrame;
import io.semblance.ui.WorkbenchView;
import io.semblance.ui.WorkbenchViewModel;
import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.session.Run;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Walks the real workbench window through its six steps on one table: opens it, looks at its columns, makes a full
 * copula synthesis with a fixed seed through the Synthesize step's view model, then shows Compare, Privacy and Export,
 * and writes a picture of each page. Every wait is for a condition seen at a pulse of the FX thread, under one time
 * limit. Call from any thread but the FX thread; the JavaFX toolkit is started if it is not running.
 */
public final class Tour {
    /** Pulses a page must stay idle in a row before its picture is taken: time for results to reach the screen. */
    private static final int SETTLED = 3;

    /**
     * What to walk through and where the pictures go.
     *
     * @param table   the table to open
     * @param out     the folder the pictures are written to (made if missing; pictures there are replaced: the
     *                caller asks first)
     * @param width   width of the window's content, in pixels
     * @param height  height of the window's content, in pixels
     * @param seed    seed of the synthesis
     * @param rows    rows to synthesize; 0 for as many as the table has
     * @param timeout time limit of the whole walk
     * @param theme   the look of the window
     */
    public record Options(Path table, Path out, int width, int height, long seed, long rows, Duration timeout,
                          Theme theme) {
        /** A walk in the light theme. */
        public Options(Path table, Path out, int width, int height, long seed, long rows, Duration timeout) {
            this(table, out, width, height, seed, rows, timeout, Theme.LIGHT);
        }
    }

    /** What the walk produced: the pictures in step order, the run it made and how the FX thread kept up meanwhile. */
    public record Result(List<Path> pictures, Run run, PulseGaps duringSynthesis) {
    }

    private final Options options;
    private final Deadline deadline;
    private final Pulses pulses = new Pulses();
    private final TourDialogs dialogs = new TourDialogs();
    private Stage stage;
    private WorkbenchViewModel vm;

    private Tour(Options options) {
        this.options = options;
        this.deadline = new Deadline(options.timeout());
    }

    /** Walks through the steps; {@code progress} hears of each picture as it is written. */
    public static Result walk(Options options, Consumer<String> progress) throws IOException {
        if (!Files.isRegularFile(options.table())) {
            throw new java.nio.file.NoSuchFileException(options.table().toString());
        }
        Files.createDirectories(options.out());
        Toolkit.start();
        Tour tour = new Tour(options);
        try {
            return tour.steps(progress);
        } finally {
            tour.close();
        }
    }

    private Result steps(Consumer<String> progress) {
        deadline.fx("the window to open", this::open);
        deadline.until("the window to reach its size", pulses, 1, new Resize()::done);
        deadline.fx("the window's size", this::checkSize);
        deadline.until("the table to load", pulses, 1, () -> {
            dialogs.check();
            return vm.datasetProperty().get() != null && !vm.job().busyProperty().get();
        });
        List<Path> pictures = new ArrayList<>();
        pictures.add(picture(Step.DATA, progress));
        pictures.add(picture(Step.COLUMNS, progress));
        settle(Step.SYNTHESIZE);
        TourSynthesis synthesis = deadline.fx("the synthesis to start", () -> {
            pulses.record();
            return new TourSynthesis(vm.session(), stage.getScene(), options.seed(), options.rows());
        });
        progress.accept(String.format(Locale.ROOT, "synthesizing %,d rows with seed %d...", synthesis.rows(),
                options.seed()));
        deadline.until("the synthesis to finish", pulses, 1, synthesis::finished);
        PulseGaps gaps = deadline.fx("the pulse figures", pulses::recorded);
        Run run = deadline.fx("the run", () -> vm.session().selectedRunProperty().get());
        progress.accept(String.format(Locale.ROOT, "run %d: %,d rows in %.1f s; meanwhile the window drew %s",
                run.number(), run.synthetic().rowCount(), run.elapsed().toMillis() / 1000.0, gaps.describe()));
        pictures.add(picture(Step.SYNTHESIZE, progress));
        for (Step step : List.of(Step.COMPARE, Step.PRIVACY, Step.EXPORT)) {
            pictures.add(picture(step, progress));
        }
        return new Result(pictures, run, gaps);
    }

    private Void open() {
        stage = new Stage();
        vm = new WorkbenchViewModel(new DefaultEngine(Locale.US), dialogs, new BackgroundJobs());
        WorkbenchFrame frame = WorkbenchFrame.over(stage, vm, WindowMemory.none());
        frame.themeProperty().set(options.theme());
        new WorkbenchView(vm, frame).show(stage);
        pulses.start();
        // The window's frame, if the window manager draws one, comes on top of the content size asked for.
        double frameW = stage.getWidth() - stage.getScene().getWidth();
        double frameH = stage.getHeight() - stage.getScene().getHeight();
        stage.setWidth(options.width() + Math.max(0, frameW));
        stage.setHeight(options.height() + Math.max(0, frameH));
        stage.centerOnScreen();
        vm.load(options.table());
        return null;
    }

    private boolean sized() {
        return stage.getScene().getWidth() == options.width() && stage.getScene().getHeight() == options.height();
    }

    private Void checkSize() {
        if (!sized()) {
            throw new TourFailure(String.format(Locale.ROOT, "the window's content is %.0fx%.0f, not the %dx%d asked"
                    + " for: the screen is too small or the window manager refused; use a larger screen (xvfb-run -s"
                    + " \"-screen 0 1600x1000x24\") or smaller --width and --height", stage.getScene().getWidth(),
                    stage.getScene().getHeight(), options.width(), options.height()));
        }
        return null;
    }

    /** Whether the window has its size, or has kept another one for half a second (checked once per pulse). */
    private final class Resize {
        private static final int PATIENCE = 30;
        private double width = -1;
        private double height = -1;
        private int unchanged;

        boolean done() {
            double w = stage.getScene().getWidth();
            double h = stage.getScene().getHeight();
            unchanged = w == width && h == height ? unchanged + 1 : 0;
            width = w;
            height = h;
            return sized() || unchanged >= PATIENCE;
        }
    }

    /** The file name of a step's picture: "1-data.png" … "6-export.png". */
    public static String pictureName(Step step) {
        return (step.ordinal() + 1) + "-" + step.name().toLowerCase(Locale.ROOT) + ".png";
    }

    /** Shows a step, waits until it and the work it started are done and drawn, and writes its picture. */
    private Path picture(Step step, Consumer<String> progress) {
        settle(step);
        BufferedImage image = deadline.fx("the picture of the " + step.title() + " page", () -> Png.snapshot(
                stage.getScene()));
        Path file = options.out().resolve(pictureName(step));
        try {
            Png.write(image, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.accept("wrote " + file + " (" + image.getWidth() + "x" + image.getHeight() + ")");
        return file;
    }

    /** Shows a step and waits until the page is drawn and no job is running, neither the session's nor the page's. */
    private void settle(Step step) {
        deadline.fx("the " + step.title() + " page", () -> show(step));
        deadline.until("the " + step.title() + " page to finish its work", pulses, SETTLED, () -> {
            dialogs.check();
            return vm.stepProperty().get() == step && !vm.job().busyProperty().get() && BackgroundJobs.sharedPoolIdle();
        });
    }

    private Void show(Step step) {
        vm.go(step);
        if (vm.stepProperty().get() != step) {
            throw new TourFailure("the " + step.title() + " step could not be shown");
        }
        return null;
    }

    /** Closes the window without waiting: after a failure the FX thread may be the one that is stuck. */
    private void close() {
        if (stage != null) {
            Platform.runLater(() -> {
                pulses.stop();
                vm.cancel();
                stage.close();
            });
        }
    }
}
