// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.ui.common.BackgroundJobs;
import io.semblance.ui.common.DefaultEngine;
import io.semblance.ui.privacy.PrivacyRuns;
import io.semblance.ui.session.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each theme on every step and tab of the real window, headless, empty, with a table (some values missing) and with
 * a run: every text shown contrasts with what is behind it as WCAG AA asks, and every chart is drawn in the theme's palette, the one on screen when the
 * theme changes included.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastWindowTest {
    /** A dark chart has a few light pixels (its text); a light one is mostly light. */
    private static final double DARK_CHART = 0.2;
    private static final double LIGHT_CHART = 0.5;
    private static final long SEED = 5;
    @TempDir
    static Path dir;
    private static Run run;
    /** The run's table with some incomes left out, so that the preview shows missing values. */
    private static Path gaps;
    private WorkbenchViewModel vm;
    private WorkbenchFrame frame;
    private Stage stage;

    @BeforeAll
    static void makeRun() throws Exception {
        run = PrivacyRuns.make(dir, 600, 0.2, true, SEED); // quasi-identifiers, so that every privacy pane shows
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("people-" + SEED + ".csv")));
        for (int i = 1; i < lines.size(); i += 3) {
            lines.set(i, lines.get(i).substring(0, lines.get(i).lastIndexOf(',') + 1));
        }
        gaps = Files.write(dir.resolve("gaps.csv"), lines);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new WorkbenchViewModel(new DefaultEngine(Locale.US), ScriptedDialogs.of(io.semblance.ui.common.DialogService.class).fake(), new BackgroundJobs());
        frame = WorkbenchFrame.over(stage, vm, WindowMemory.none());
        new WorkbenchView(vm, frame).show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextOfEveryStepIsLegibleAndEveryChartInTheThemeAfterSwitchingToIt(Theme theme, FxRobot robot)
            throws Exception {
        robot.interact(() -> vm.load(dir.resolve("people-" + SEED + ".csv")));
        Fx.waitUntil("the table is open", () -> vm.datasetProperty().get() != null && !vm.job().busyProperty().get());
        robot.interact(() -> vm.session().addRun(run));
        show(robot, Step.COMPARE);
        Node chart = robot.lookup("#compare-column-chart").query();
        Theme other = theme == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        robot.interact(() -> frame.themeProperty().set(other));
        settle();
        double before = Fx.call(() -> Contrast.brightShare(chart));
        assertTrue(drawnIn(other, before), "drawn " + other + " first: " + before);

        robot.interact(() -> frame.themeProperty().set(theme));
        settle();
        double after = Fx.call(() -> Contrast.brightShare(chart));
        assertTrue(drawnIn(theme, after), "the chart on screen is redrawn " + theme + ": " + after);

        assertEquals(List.of(), walk(robot, theme));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextBeforeAnyRunIsLegible(Theme theme, FxRobot robot) throws Exception {
        robot.interact(() -> frame.themeProperty().set(theme));
        settle();
        Set<String> problems = new TreeSet<>(walk(robot, theme)); // the welcome page
        robot.interact(() -> vm.load(gaps));
        Fx.waitUntil("the table is open", () -> vm.datasetProperty().get() != null && !vm.job().busyProperty().get());
        problems.addAll(walk(robot, theme)); // missing values, an empty list of runs
        assertEquals(List.of(), List.copyOf(problems));
    }

    /** Shows every step open now and every tab on it, and returns what is illegible on any of them. */
    private List<String> walk(FxRobot robot, Theme theme) throws Exception {
        Set<String> problems = new TreeSet<>();
        for (Step step : Step.values()) {
            if (!Fx.call(() -> vm.available(step).get())) {
                continue;
            }
            show(robot, step);
            problems.addAll(Fx.call(() -> problems(step.title(), theme)));
            List<TabPane> tabs = Fx.call(() -> robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                    .filter(Node::isVisible).toList());
            for (TabPane pane : tabs) {
                for (int t = 1; t < pane.getTabs().size(); t++) {
                    int tab = t;
                    robot.interact(() -> pane.getSelectionModel().select(tab));
                    settle();
                    String where = step.title() + " / " + pane.getTabs().get(tab).getText();
                    problems.addAll(Fx.call(() -> problems(where, theme)));
                }
            }
        }
        return List.copyOf(problems);
    }

    private void show(FxRobot robot, Step step) throws Exception {
        robot.interact(() -> vm.go(step));
        assertEquals(step, vm.stepProperty().get());
        settle();
    }

    /** Waits until no job runs and the results are drawn. */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Fx.waitUntil("the work is done", () -> !vm.job().busyProperty().get() && BackgroundJobs.sharedPoolIdle());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Whether a chart with that share of light pixels is drawn in the theme's palette. */
    private static boolean drawnIn(Theme theme, double brightShare) {
        return theme == Theme.DARK ? brightShare < DARK_CHART : brightShare > LIGHT_CHART;
    }

    /** What is illegible in the window now: texts below the contrast they need, charts not in the theme's palette. */
    private List<String> problems(String where, Theme theme) {
        List<String> found = new ArrayList<>();
        collect(stage.getScene().getRoot(), where, theme, found);
        return found;
    }

    private static void collect(Node node, String where, Theme theme, List<String> found) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() < 0.6) {
            return;
        }
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank() && t.getFill() instanceof Color fg) {
            Color bg = Contrast.background(t.getParent());
            double ratio = Contrast.ratio(fg, bg);
            if (ratio < Contrast.needed(t)) {
                found.add(String.format(Locale.ROOT, "%s: \"%s\" %s on %s is %.1f:1 (%s)", where, clip(t.getText()),
                        Contrast.hex(fg), Contrast.hex(bg), ratio, styleClasses(t)));
            }
        }
        if (node instanceof ChartViewer chart && chart.getWidth() > 0) {
            double share = Contrast.brightShare(chart);
            if (!drawnIn(theme, share)) {
                found.add(String.format(Locale.ROOT, "%s: chart %s is %.0f%% light in %s", where, chart.getId(),
                        share * 100, theme));
            }
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, where, theme, found));
        }
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /** The style classes of a node and its nearest styled ancestors, to find the rule that coloured it. */
    private static String styleClasses(Node n) {
        List<String> classes = new ArrayList<>();
        for (Node a = n; a != null && classes.size() < 4; a = a.getParent()) {
            if (!a.getStyleClass().isEmpty()) {
                classes.add(String.join(".", a.getStyleClass()));
            }
        }
        return String.join(" < ", classes);
    }
}
