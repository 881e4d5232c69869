// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.io.ByteOut;
import io.semblance.core.io.CsvRecords;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.Seeds;
import java.util.List;

/**
 * Full synthesis under constraints, by rejection: chunk c is filled from candidate chunks the wrapped model draws
 * under seeds derived from (seed, attempt), keeping, in order, only the rows that meet every constraint. The joint
 * distribution is that of the model restricted to the allowed region. The output depends only on the seed and the
 * chunk index, so it is the same for any number of writer threads. Gives up (IllegalArgumentException) when fewer
 * than {@link #MIN_ACCEPTANCE} of the candidates meet the constraints.
 */
public final class ConstrainedModel implements FittedModel {
    private static final long CONSTRAINT_STREAM = 0xC057;
    /** Below this share of accepted candidates, the constraints are refused. */
    static final double MIN_ACCEPTANCE = 0.002;
    /** Candidates drawn before the acceptance is judged. */
    static final int JUDGE_AFTER = 20 * CHUNK_ROWS;

    private final FittedModel model;
    private final Constraints.Checker checker;

    public ConstrainedModel(FittedModel model, Constraints.Checker checker) {
        if (!model.columns().equals(checker.columns())) {
            throw new IllegalArgumentException("the constraints were bound to columns " + checker.columns()
                    + " but the model writes " + model.columns());
        }
        this.model = model;
        this.checker = checker;
    }

    /** The model drawing the candidates. */
    public FittedModel wrapped() {
        return model;
    }

    public List<Constraint> constraints() {
        return checker.constraints();
    }

    /** The constraints bound to the model's columns. */
    public Constraints.Checker checker() {
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
    public void writeChunk(long seed, long chunk, int count, ByteOut out) {
        int width = model.columns().size();
        ByteOut buf = new ByteOut(1 << 16);
        int kept = 0;
        long drawn = 0;
        for (long attempt = 0; kept < count; attempt++) {
            buf.reset();
            long s = Seeds.mix(Seeds.mix(seed ^ Seeds.mix(CONSTRAINT_STREAM)) + attempt);
            model.writeChunk(s, chunk, CHUNK_ROWS, buf);
            List<String[]> rows = CsvRecords.parse(buf.array(), buf.size(), width);
            drawn += rows.size();
            for (String[] row : rows) {
                if (kept < count && checker.holds(row)) {
                    for (int c = 0; c < width; c++) {
                        out.writeField(row[c], (byte) ',');
                        out.write(c + 1 < width ? (byte) ',' : (byte) '\n');
                    }
                    kept++;
                }
            }
            if (kept < count && drawn >= JUDGE_AFTER && kept < MIN_ACCEPTANCE * drawn) {
                throw new IllegalArgumentException("the constraints " + describe() + " are met by only " + kept
                        + " of " + drawn + " generated rows; they may contradict each other or the data");
            }
        }
    }

    private String describe() {
        return String.join(", ", checker.constraints().stream().map(c -> "\"" + c.text() + "\"").toList());
    }
}
