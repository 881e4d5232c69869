// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

/**
 * Where a metric turns amber and red. With {@code higherIsBetter}, values ≥ green are GREEN, values ≤ red are RED;
 * otherwise values ≤ green are GREEN and values ≥ red are RED; in between is AMBER. NaN is AMBER.
 */
public record Threshold(double green, double red, boolean higherIsBetter) {

    public Level level(double value) {
        if (Double.isNaN(value)) {
            return Level.AMBER;
        }
        if (higherIsBetter) {
            return value >= green ? Level.GREEN : value <= red ? Level.RED : Level.AMBER;
        }
        return value <= green ? Level.GREEN : value >= red ? Level.RED : Level.AMBER;
    }
}
