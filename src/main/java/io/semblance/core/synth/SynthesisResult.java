// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import io.semblance.core.model.Dataset;
import java.util.List;

/**
 * What a {@link SynthesisPlan} produced, in memory.
 *
 * @param training  the real rows the model learned from (the table without the holdout)
 * @param holdout   the real rows set aside before fitting, or null when the plan kept none
 * @param synthetic the generated table, with the input's columns in order (null = missing value)
 * @param model     the fitted model as it can be saved: for full and hybrid synthesis before any conditions and
 *                  constraints; for partial synthesis the model bound to the training rows
 * @param sampler   the writer the synthetic rows were drawn from (the model with conditions and constraints)
 * @param realRow   hybrid: per synthetic row the training row it was built from, or -1; null for other strategies
 * @param notes     what the engine noticed on the way (real rows breaking a constraint…), one sentence each
 */
public record SynthesisResult(Dataset training, Dataset holdout, Dataset synthetic, FittedModel model,
                              FittedModel sampler, int[] realRow, List<String> notes) {
    public SynthesisResult {
        notes = List.copyOf(notes);
    }
}
