// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.io.ByteOut;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Seeds;
import java.util.List;

/**
 * Full synthesis under row-wise constraints (rules and fixed combinations), by rejection: chunk c is filled from
 * candidate chunks the wrapped model draws in variants derived from (variant, attempt), keeping, in order, only the
 * rows that meet every constraint. The joint distribution is that of the model restricted to the allowed region.
 * Generated columns (identifiers, personal data) are not redrawn: row i keeps the generated values of its own index,
 * so keys stay as unique as without constraints. The output depends only on the seed, the chunk index and the
 * variant, so it is the same for any number of writer threads. Gives up (IllegalArgumentException) when fewer than
 * {@link #MIN_ACCEPTANCE} of the candidates meet the constraints.
 */
public final class ConstrainedModel extends CheckedModel {
    private static final long CONSTRAINT_STREAM = 0xC057;
    /** Below this share of accepted candidates, the constraints are refused. */
    static final double MIN_ACCEPTANCE = 0.002;
    /** Candidates drawn before the acceptance is judged. */
    static final int JUDGE_AFTER = 20 * CHUNK_ROWS;

    private final boolean[] modelled;

    public ConstrainedModel(FittedModel model, Checker checker) {
        super(model, checker);
        this.modelled = Rows.not(generated);
    }

    public List<Constraint> constraints() {
        return checker.constraints();
    }

    @Override
    public void writeChunk(long seed, long chunk, int count, long variant, ByteOut out) {
        String[][] kept = new String[count][];
        List<String[]> first = null;
        int filled = 0;
        long drawn = 0;
        for (long attempt = 0; filled < count; attempt++) {
            long v = attempt == 0 ? variant : Seeds.derive(variant, CONSTRAINT_STREAM, attempt);
            List<String[]> rows = Rows.draw(model, seed, chunk, CHUNK_ROWS, v);
            first = first == null ? rows : first;
            drawn += rows.size();
            for (String[] row : rows) {
                if (filled < count && checker.holds(row)) {
                    kept[filled++] = row;
                }
            }
            if (filled < count && drawn >= JUDGE_AFTER && filled < MIN_ACCEPTANCE * drawn) {
                throw new IllegalArgumentException("the constraints " + describe(checker.constraints().stream()
                        .filter(c -> !(c instanceof Constraint.Unique)).toList())
                        + " are met by only " + filled + " of " + drawn
                        + " generated rows; they may contradict each other or the data");
            }
        }
        for (int i = 0; i < count; i++) {
            Rows.write(Rows.take(first.get(i), kept[i], modelled), out);
        }
    }

    /** The constraints' texts, quoted and comma-separated. */
    static String describe(List<Constraint> constraints) {
        return String.join(", ", constraints.stream().map(c -> "\"" + c.text() + "\"").toList());
    }
}
