// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;

/**
 * Contrast as WCAG 2 defines it, measured on the nodes the window shows: a text's fill against the background
 * drawn behind it (the nearest filled regions around it, translucent ones laid over the opaque one below).
 */
final class Contrast {
    /** WCAG AA for normal text; large text (24 px, or 18.66 px bold) needs 3:1. */
    static final double NORMAL = 4.5;
    static final double LARGE = 3.0;

    private Contrast() {
    }

    /** Relative luminance, 0 for black to 1 for white. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double s) {
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The contrast a text needs: 3:1 when large, else 4.5:1. */
    static double needed(Text t) {
        double size = t.getFont().getSize();
        boolean bold = t.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return size >= 24 || bold && size >= 18.66 ? LARGE : NORMAL;
    }

    /** The colour behind a node: its own and its ancestors' topmost fills, down to the first opaque one. */
    static Color background(Node node) {
        Deque<Color> layers = new ArrayDeque<>();
        for (Node n = node; n != null; n = n.getParent()) {
            Color c = n instanceof Region r && r.getBackground() != null ? topmost(r.getBackground().getFills()) : null;
            if (c != null) {
                layers.push(c);
                if (c.getOpacity() >= 0.99) {
                    break;
                }
            }
        }
        Color result = Color.WHITE; // the scene's fill
        for (Color c : layers) {
            result = over(c, result);
        }
        return result;
    }

    private static Color topmost(List<BackgroundFill> fills) {
        for (int i = fills.size() - 1; i >= 0; i--) {
            Color c = colour(fills.get(i).getFill());
            if (c != null && c.getOpacity() > 0) {
                return c;
            }
        }
        return null;
    }

    /** A paint as one colour: gradients as the mean of their stops; null for what is not a colour. */
    static Color colour(Paint p) {
        List<Stop> stops = p instanceof LinearGradient g ? g.getStops() : p instanceof RadialGradient g ? g.getStops()
                : null;
        if (stops == null) {
            return p instanceof Color c ? c : null;
        }
        double r = 0;
        double g = 0;
        double b = 0;
        double a = 0;
        for (Stop s : stops) {
            r += s.getColor().getRed();
            g += s.getColor().getGreen();
            b += s.getColor().getBlue();
            a += s.getColor().getOpacity();
        }
        int n = stops.size();
        return new Color(r / n, g / n, b / n, a / n);
    }

    private static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return new Color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a), 1);
    }

    /** The share of a node's pixels lighter than a luminance of 0.6: near 1 for a white chart, small for a dark one. */
    static double brightShare(Node node) {
        WritableImage image = node.snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        int bright = 0;
        int all = 0;
        for (int y = 0; y < (int) image.getHeight(); y += 3) {
            for (int x = 0; x < (int) image.getWidth(); x += 3) {
                all++;
                bright += luminance(pixels.getColor(x, y)) > 0.6 ? 1 : 0;
            }
        }
        return all == 0 ? 0 : (double) bright / all;
    }

    /** A colour as #rrggbb, for messages. */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
