// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.conditions;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.semblance.ReaderContract;
import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.PatientsHead;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.output.SampleWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the condition and rebalancing texts: the input's first line is the rebalancing ("" for none, "COL" for
 * equal shares, or "COL:V1=0.3,V2=0.7"), each further line a condition "COL=VALUE" or "COL=FROM..TO" on the patients
 * sample. They are parsed, bound to a copula and a cart model of the sample, and a few rows are drawn; each step
 * gives a value or a clear refusal. Seeds and past findings are in {@code ConditionsFuzzTestInputs/conditionTexts}.
 */
class ConditionsFuzzTest {
    private static final List<FittedModel> MODELS = new ArrayList<>();

    @FuzzTest
    void conditionTexts(byte[] bytes) throws Exception {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        String first = lines.isEmpty() ? "" : lines.get(0);
        int colon = first.indexOf(':');
        Rebalance rebalance = first.isEmpty() ? null : ReaderContract.readOrRefuse(() -> colon < 0
                ? Rebalance.parse(first, null) : Rebalance.parse(first.substring(0, colon), first.substring(colon + 1)));
        List<Condition> conditions = ReaderContract.readOrRefuse(() -> lines.stream().skip(1).map(Condition::parse)
                .toList());
        if (conditions == null || (rebalance == null && !first.isEmpty())) {
            return;
        }
        for (FittedModel model : MODELS) {
            FittedModel conditioned = ReaderContract.readOrRefuse(() -> Synthesis.conditioned(model, conditions,
                    rebalance));
            if (conditioned != null) {
                ReaderContract.readOrRefuse(() -> sample(conditioned));
            }
        }
    }

    /** Fits the models and draws from each once, before (and outside the time limit of) the inputs. */
    @BeforeAll
    static void fit() {
        if (MODELS.isEmpty()) {
            for (String kind : Synthesis.MODELS) {
                MODELS.add(Synthesis.fit(kind, PatientsHead.DATA, PatientsHead.META, 1, Locale.US,
                        ProgressListener.NONE, Cancellation.NEVER));
            }
            MODELS.forEach(ConditionsFuzzTest::sample);
        }
    }

    /** Draws five rows into a file (the first draw of fake names loads their word lists, which takes seconds). */
    private static Path sample(FittedModel model) {
        try {
            Path out = ReaderContract.file("sample.csv", new byte[0]);
            new SampleWriter(1).write(model, 5, 1, out, true, ProgressListener.NONE, Cancellation.NEVER);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
