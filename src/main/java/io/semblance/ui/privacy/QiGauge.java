// SPDX-License-Identifier: Apache-2.0
package io.semblance.ui.privacy;

import io.semblance.core.evaluate.Level;
import io.semblance.core.evaluate.Threshold;
import io.semblance.core.report.PrivacyReferences.Scale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * A quasi-identifier risk measure shown as a gauge: the engine's value, the real data's own value, and two limits the
 * steward can move. The verdict is the engine's rule ({@link Threshold#level}) applied to the fixed value under the
 * limits in force, so moving a limit recolours without measuring anything again. The limits keep their order: in the
 * direction of better values, green comes before red.
 */
public final class QiGauge {
    private final String key;
    private final double value;
    private final double reference;
    private final Scale scale;
    private final double upper;
    private final boolean higherIsBetter;
    private final DoubleProperty green;
    private final DoubleProperty red;
    private final ReadOnlyObjectWrapper<Level> level = new ReadOnlyObjectWrapper<>();

    /**
     * @param value     the released table's value (NaN when not measured)
     * @param reference the real data's value (NaN when not measured)
     * @param upper     the end of the gauge's scale and of the sliders
     * @param start     the limits to start from
     */
    QiGauge(String key, double value, double reference, Scale scale, double upper, Threshold start) {
        this.key = key;
        this.value = value;
        this.reference = reference;
        this.scale = scale;
        this.upper = upper;
        this.higherIsBetter = start.higherIsBetter();
        this.green = new SimpleDoubleProperty(start.green());
        this.red = new SimpleDoubleProperty(start.red());
        green.addListener((o, was, g) -> {
            if (higherIsBetter ? g.doubleValue() < red.get() : g.doubleValue() > red.get()) {
                red.set(g.doubleValue());
            }
            recolour();
        });
        red.addListener((o, was, r) -> {
            if (higherIsBetter ? r.doubleValue() > green.get() : r.doubleValue() < green.get()) {
                green.set(r.doubleValue());
            }
            recolour();
        });
        recolour();
    }

    private void recolour() {
        level.set(threshold().level(value));
    }

    /** The limits in force. */
    public Threshold threshold() {
        return new Threshold(green.get(), red.get(), higherIsBetter);
    }

    /** The metric key, e.g. {@code records_at_risk}. */
    public String key() {
        return key;
    }

    public double value() {
        return value;
    }

    public double reference() {
        return reference;
    }

    public Scale scale() {
        return scale;
    }

    public double upper() {
        return upper;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Where the verdict stops being green. */
    public DoubleProperty greenProperty() {
        return green;
    }

    /** Where the verdict turns red. */
    public DoubleProperty redProperty() {
        return red;
    }

    /** The verdict under the limits in force. */
    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level.getReadOnlyProperty();
    }
}
