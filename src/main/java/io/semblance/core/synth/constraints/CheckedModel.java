// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.synth.FittedModel;
import java.util.List;

/**
 * The common part of this package's writers that draw rows from a wrapped model and apply constraints bound to its
 * columns: they write the wrapped model's columns, kind and generated columns.
 */
abstract class CheckedModel implements FittedModel {
    final FittedModel model;
    final Checker checker;
    /** Per column, whether the wrapped model generates it from the row index (see {@link #generated()}). */
    final boolean[] generated;

    CheckedModel(FittedModel model, Checker checker) {
        if (!model.columns().equals(checker.columns())) {
            throw new IllegalArgumentException("the constraints were bound to columns " + checker.columns()
                    + " but the model writes " + model.columns());
        }
        this.model = model;
        this.checker = checker;
        this.generated = model.generated();
    }

    /** The model drawing the rows. */
    public FittedModel wrapped() {
        return model;
    }

    /** The constraints bound to the model's columns. */
    public Checker checker() {
        return checker;
    }

    @Override
    public List<String> columns() {
        return model.columns();
    }

    @Override
    public String kind() {
        return model.kind();
    }

    @Override
    public boolean[] generated() {
        return generated.clone();
    }
}
