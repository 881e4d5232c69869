// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import java.awt.Color;
import java.awt.Font;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/** The look every chart of the workbench shares: one font family at readable sizes, quiet grids, fixed colours. */
final class Charts {
    /** Real data: the workbench's blue. */
    static final Color REAL = new Color(0x2f, 0x66, 0x90);
    /** Synthetic data: an orange that stays distinct from the blue for common colour-vision deficiencies. */
    static final Color SYNTHETIC = new Color(0xd9, 0x82, 0x2b);
    static final Color TEXT = new Color(0x2b, 0x2b, 0x2b);
    /** Labels longer than this many characters are cut with an ellipsis; tooltips give them whole. */
    static final int LABEL_CHARS = 18;
    private static final String FAMILY = javafx.scene.text.Font.getDefault().getFamily();
    private static final StandardChartTheme THEME = theme();
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Charts() {
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("semblance");
        t.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 14));
        t.setLargeFont(new Font(FAMILY, Font.PLAIN, 13));
        t.setRegularFont(new Font(FAMILY, Font.PLAIN, 12));
        t.setSmallFont(new Font(FAMILY, Font.PLAIN, 11));
        t.setTitlePaint(TEXT);
        t.setAxisLabelPaint(TEXT);
        t.setTickLabelPaint(new Color(0x44, 0x44, 0x44));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(TEXT);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(new Color(0xcc, 0xcc, 0xcc));
        t.setDomainGridlinePaint(new Color(0xe2, 0xe2, 0xe2));
        t.setRangeGridlinePaint(new Color(0xe2, 0xe2, 0xe2));
        t.setAxisOffset(RectangleInsets.ZERO_INSETS);
        t.setShadowVisible(false);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        return t;
    }

    /** The font family of the workbench's text, for fonts the theme does not set. */
    static String family() {
        return FAMILY;
    }

    /** Applies the shared look; call before setting series colours, which the theme would reset. */
    static JFreeChart styled(JFreeChart chart) {
        THEME.apply(chart);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        return chart;
    }

    /** Paints series 0 (real) blue and series 1 (synthetic) orange, with the given opacities (0-255). */
    static void paintRealAndSynthetic(AbstractRenderer r, int realAlpha, int syntheticAlpha) {
        r.setSeriesPaint(0, alpha(REAL, realAlpha));
        r.setSeriesPaint(1, alpha(SYNTHETIC, syntheticAlpha));
        r.setSeriesOutlinePaint(0, REAL);
        r.setSeriesOutlinePaint(1, SYNTHETIC);
    }

    /** A colour with the given opacity (0-255). */
    static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    /** The text cut to {@link #LABEL_CHARS} characters with an ellipsis when longer. */
    static String shorten(String s) {
        return shorten(s, LABEL_CHARS);
    }

    /** The text cut to {@code max} characters with an ellipsis when longer. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    /** Shares as whole percentages on axes ("25%"). */
    static NumberFormat percent() {
        return NumberFormat.getPercentInstance();
    }

    /** Shares to one decimal in tooltips ("25.3%"). */
    static NumberFormat precisePercent() {
        NumberFormat f = NumberFormat.getPercentInstance();
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f;
    }

    /**
     * An axis of dates (in milliseconds: the engine's epoch seconds times 1000). The engine counts wall-clock time
     * as if in UTC, so the axis reads in UTC too: a date shows as written in the table whatever the time zone.
     */
    static DateAxis dateAxis(String label) {
        return new DateAxis(label, UTC, Locale.getDefault());
    }

    /** Dates as written in tooltips, read in UTC like {@link #dateAxis}. */
    static DateFormat dateFormat() {
        DateFormat f = DateFormat.getDateInstance(DateFormat.MEDIUM);
        f.setTimeZone(UTC);
        return f;
    }

    /** A viewer with tooltips and clicks only: no context menu, no zoom by drag or wheel (the wheel scrolls). */
    static ChartViewer viewer(String id) {
        ChartViewer v = new ChartViewer(null, false);
        v.setId(id);
        v.getStyleClass().add("chart");
        ChartCanvas canvas = v.getCanvas();
        for (String handler : List.of("zoom", "pan", "scroll")) {
            MouseHandlerFX h = canvas.getMouseHandler(handler);
            if (h != null) {
                canvas.removeMouseHandler(h);
            }
        }
        return v;
    }
}
