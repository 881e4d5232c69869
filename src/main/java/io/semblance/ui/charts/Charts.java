// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.charts;

import io.semblance.ui.charts.ChartPalette.Use;
import java.awt.Color;
import java.awt.Font;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * The look every chart of the workbench shares: one font family at readable sizes, quiet grids, the colours of the
 * {@linkplain ChartPalette#current() current palette}.
 */
final class Charts {
    /** Labels longer than this many characters are cut with an ellipsis; tooltips give them whole. */
    static final int LABEL_CHARS = 18;
    private static final String FAMILY = javafx.scene.text.Font.getDefault().getFamily();
    private static final Map<ChartPalette, StandardChartTheme> THEMES = new EnumMap<>(ChartPalette.class);
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Charts() {
    }

    private static StandardChartTheme theme(ChartPalette p) {
        StandardChartTheme t = new StandardChartTheme("semblance-" + p.name().toLowerCase(Locale.ROOT));
        t.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 14));
        t.setLargeFont(new Font(FAMILY, Font.PLAIN, 13));
        t.setRegularFont(new Font(FAMILY, Font.PLAIN, 12));
        t.setSmallFont(new Font(FAMILY, Font.PLAIN, 11));
        t.setTitlePaint(p.colour(Use.TEXT));
        t.setSubtitlePaint(p.colour(Use.TEXT));
        t.setAxisLabelPaint(p.colour(Use.TEXT));
        t.setTickLabelPaint(p.colour(Use.TICK_TEXT));
        t.setChartBackgroundPaint(p.colour(Use.BACKGROUND));
        t.setLegendBackgroundPaint(p.colour(Use.BACKGROUND));
        t.setLegendItemPaint(p.colour(Use.TEXT));
        t.setPlotBackgroundPaint(p.colour(Use.BACKGROUND));
        t.setPlotOutlinePaint(p.colour(Use.OUTLINE));
        t.setDomainGridlinePaint(p.colour(Use.GRID));
        t.setRangeGridlinePaint(p.colour(Use.GRID));
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

    /** Applies the shared look in the current palette; call before setting series colours, which it would reset. */
    static JFreeChart styled(JFreeChart chart) {
        THEMES.computeIfAbsent(ChartPalette.current(), Charts::theme).apply(chart);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        return chart;
    }

    /** Paints series 0 (real) blue and series 1 (synthetic) orange, with the given opacities (0-255). */
    static void paintRealAndSynthetic(AbstractRenderer r, int realAlpha, int syntheticAlpha) {
        ChartPalette p = ChartPalette.current();
        r.setSeriesPaint(0, alpha(p.colour(Use.REAL), realAlpha));
        r.setSeriesPaint(1, alpha(p.colour(Use.SYNTHETIC), syntheticAlpha));
        r.setSeriesOutlinePaint(0, p.colour(Use.REAL));
        r.setSeriesOutlinePaint(1, p.colour(Use.SYNTHETIC));
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
