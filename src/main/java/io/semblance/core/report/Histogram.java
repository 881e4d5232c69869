// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.report;

/** Two overlaid histograms on shared bin edges (edges.length = counts.length + 1), e.g. DCR to training and to holdout. */
public record Histogram(String title, double[] edges, String firstLabel, long[] first, String secondLabel, long[] second) {
}
