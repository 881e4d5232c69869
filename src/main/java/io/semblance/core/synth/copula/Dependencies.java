// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds columns that are an exact function of a categorical column (education-num of education, say), so the
 * model can derive them instead of approximating a deterministic link through a correlation.
 */
final class Dependencies {
    private Dependencies() {
    }

    /**
     * Maps each derivable column index to its source column index. Sources are categorical columns with
     * between 2 and n/2 distinct values; a source is never itself derived. Checks for cancellation per column.
     */
    static Map<Integer, Integer> find(List<EncodedColumn> cols, boolean[] categorical, int rows,
                                      io.semblance.core.job.Cancellation cancel) {
        Map<Integer, Integer> derived = new HashMap<>();
        boolean[] isSource = new boolean[cols.size()];
        for (int b = 0; b < cols.size(); b++) {
            cancel.check();
            if (cols.get(b).cardinality() < 2 || isSource[b]) {
                continue;
            }
            for (int a = 0; a < cols.size(); a++) {
                EncodedColumn src = cols.get(a);
                if (a == b || !categorical[a] || derived.containsKey(a) || src.cardinality() < 2
                        || src.cardinality() > rows / 2 || src.cardinality() < cols.get(b).cardinality()) {
                    continue;
                }
                if (src.functionTo(cols.get(b)) != null) {
                    derived.put(b, a);
                    isSource[a] = true;
                    break;
                }
            }
        }
        return derived;
    }
}
