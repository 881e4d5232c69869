// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.semblance.core.model.Dataset;
import io.semblance.ui.Fx;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A million rows in the preview: the end is reached by key, wheel and scroll bar, only one screen of rows is ever
 * in the table view, and a scroll step costs the same as in a small table. Prints the FX thread's CPU time per
 * scroll step (the step and the CSS and layout pass after it).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewScrollTest {
    private static final int ROWS = Integer.getInteger("semblance.previewRows", 1_000_000);
    private static final int STEPS = 60;
    private final SimpleObjectProperty<Dataset> data = new SimpleObjectProperty<>();
    private TableView<Integer> table;
    private ScrollBar bar;

    @Start
    void start(Stage stage) {
        PreviewView view = new PreviewView(data);
        table = view.table();
        stage.setScene(new Scene(view.node(), 1000, 640));
        stage.show();
        bar = (ScrollBar) view.node().lookup(".preview-scroll");
    }

    /** Eight columns; values shared between rows, as the readers' columns often are, so the test stays small. */
    private static Dataset rows(int n) {
        String[] words = {"Leeds", "York", "Hull", "Bath", "Ely", null};
        List<String> names = List.of("id", "age", "city", "income", "sex", "score", "a_rather_long_column_name", "note");
        String[][] columns = new String[names.size()][n];
        String[] numbers = new String[1000];
        Arrays.setAll(numbers, String::valueOf);
        for (int r = 0; r < n; r++) {
            columns[0][r] = numbers[r % 1000];
            columns[1][r] = numbers[18 + r % 70];
            columns[2][r] = words[r % words.length];
            columns[3][r] = numbers[(r * 7) % 1000];
            columns[4][r] = r % 2 == 0 ? "F" : "M";
            columns[5][r] = numbers[(r * 13) % 1000];
            columns[6][r] = words[(r / 3) % words.length];
            columns[7][r] = r % 11 == 0 ? null : "note";
        }
        return new Dataset("rows", names, columns, List.of());
    }

    @Test
    void aMillionRowsAreAllReachableAndOnlyOneScreenOfThemIsInTheTable(FxRobot robot) throws Exception {
        Fx.run(() -> data.set(rows(ROWS)));
        robot.sleep(200);
        RowWindow window = (RowWindow) table.getItems();
        assertEquals(ROWS, window.total());
        int shown = Fx.call(window::size);
        assertTrue(shown > 10 && shown < 40, "one screen of rows (640 px high): " + shown);
        assertEquals(List.of("1", "2", "3"), Fx.call(this::visibleNumbers).subList(0, 3));

        robot.clickOn(table).type(KeyCode.END);
        Fx.waitUntil("the last row is drawn", () -> visibleNumbers().contains(number(ROWS)));
        assertEquals(number(ROWS - shown + 1), Fx.call(this::visibleNumbers).get(0), "the window ends at the last row");

        robot.type(KeyCode.HOME);
        Fx.waitUntil("the first row is drawn", () -> visibleNumbers().get(0).equals("1"));
        Fx.run(() -> table.fireEvent(wheelDown()));
        assertEquals(3, Fx.call(window::offset), "three lines down");
        Fx.run(() -> bar.setValue(bar.getMax() / 2));
        Fx.waitUntil("the bar moves the window", () -> Math.abs(window.offset() - window.maxOffset() / 2) <= 1);

        double[] jumps = measure(STEPS, i -> bar.setValue(bar.getMax() * i / STEPS));
        Fx.run(() -> bar.setValue(bar.getMax() / 2));
        double[] wheel = measure(STEPS, i -> bar.setValue(bar.getValue() + (i < STEPS / 2 ? 3 : -3)));
        System.out.printf(Locale.ROOT, "preview of %,d rows (FX thread CPU time per step, CSS and layout included):"
                + " jumps across the table median %.1f ms, 95th percentile %.1f ms; steps of three rows median %.1f ms,"
                + " 95th percentile %.1f ms; %d rows in the table view%n", ROWS, jumps[STEPS / 2],
                jumps[STEPS * 95 / 100], wheel[STEPS / 2], wheel[STEPS * 95 / 100], shown);
        assertEquals(shown, Fx.call(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && !row.isEmpty()).count()).intValue());
    }

    /** One notch down as desktops report it: 40 pixels up the screen, three lines. */
    private ScrollEvent wheelDown() {
        double x = table.getWidth() / 2;
        double y = table.getHeight() / 2;
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false, 0, -40, 0,
                -40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.LINES, -3, 0,
                null);
    }

    private static String number(int row) {
        return String.format(Locale.US, "%,d", row);
    }

    /** Sorted CPU times (ms) of the FX thread for each step and the CSS and layout pass after it. */
    private double[] measure(int steps, IntConsumer step) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[steps];
        for (int i = 0; i < steps; i++) {
            int k = i;
            Fx.run(() -> {
                long t = threads.getCurrentThreadCpuTime();
                step.accept(k);
                table.applyCss();
                table.layout();
                ms[k] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
            });
        }
        Arrays.sort(ms);
        return ms;
    }

    /** The row numbers drawn, top to bottom. */
    private List<String> visibleNumbers() {
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty())
                .sorted((a, b) -> Double.compare(a.getLayoutY(), b.getLayoutY()))
                .flatMap(n -> n.lookupAll(".table-cell").stream().limit(1))
                .map(n -> ((IndexedCell<?>) n).getText()).toList();
    }
}
