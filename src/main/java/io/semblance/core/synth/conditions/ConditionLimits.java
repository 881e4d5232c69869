// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.conditions;

/**
 * The limits that every conditioned model draws within, and the refusals it gives when the model meets its
 * conditions too rarely. Before writing, a model draws {@link #TRIAL_DRAWS} rows from a fixed stream and refuses
 * the conditions up front when fewer than {@link #MIN_ACCEPTANCE} of them would be kept; while writing, it gives up
 * after {@link #MAX_DRAWS} draws that meet no condition.
 */
public final class ConditionLimits {
    /** Rows drawn from a fixed stream to judge how often the model meets the conditions. */
    public static final int TRIAL_DRAWS = 2000;
    /** Below this share of kept rows, the conditions are refused up front. */
    public static final double MIN_ACCEPTANCE = 0.002;
    /** Draws (or rounds of draws) after which a row still missing makes the conditions count as met too rarely. */
    public static final int MAX_DRAWS = 20_000;

    private ConditionLimits() {
    }

    /**
     * The up-front refusal of conditions ({@code described}) that the model meets in too few trial rows.
     *
     * @param forClass empty, or " for COL=CLASS" naming the rebalancing class the trial was drawn for
     * @param why      how rarely the model meets them
     */
    public static IllegalArgumentException cannotBeMet(String described, String forClass, String why) {
        return new IllegalArgumentException("condition " + described + " cannot be met" + forClass + ": " + why
                + "; loosen the conditions");
    }

    /**
     * The refusal of conditions ({@code described}) that rows still missed after {@link #MAX_DRAWS} draws.
     *
     * @param missed how many rows missed them, as a clause ending before "N draws", e.g. "no row met it in"
     */
    public static IllegalArgumentException metTooRarely(String described, String missed) {
        return new IllegalArgumentException("condition " + described + " is met too rarely: " + missed + " "
                + MAX_DRAWS + " draws; loosen the conditions");
    }
}
