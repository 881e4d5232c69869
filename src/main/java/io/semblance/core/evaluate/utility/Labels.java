// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate.utility;

/**
 * What a tree learns to predict, one entry per row of the feature table: either a class {@code 0..classCount-1}
 * (classification) or a number (regression). Rows whose label is missing must be left out of the training rows.
 *
 * @param classes    class of each row (classification), else null
 * @param classCount number of classes (classification), else 0
 * @param values     value of each row (regression), else null
 */
public record Labels(int[] classes, int classCount, double[] values) {

    /** Class labels {@code 0..classCount-1}. */
    public static Labels classes(int[] classes, int classCount) {
        return new Labels(classes, classCount, null);
    }

    /** Numeric labels for regression. */
    public static Labels values(double[] values) {
        return new Labels(null, 0, values);
    }

    /** True for classification, false for regression. */
    public boolean classification() {
        return classes != null;
    }

    /** Values per leaf: the class count for classification, 1 (the mean) for regression. */
    public int width() {
        return classification() ? classCount : 1;
    }

    /** Number of rows labelled. */
    public int rows() {
        return classification() ? classes.length : values.length;
    }
}
