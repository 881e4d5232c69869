// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.privacy;

import io.semblance.core.evaluate.EncodedTable;
import io.semblance.core.job.Cancellation;
import java.util.function.IntPredicate;

/**
 * Exact nearest-neighbour search of one query row at a time against a fixed reference table, counting only the
 * reference rows a test accepts: for callers whose choice for one row changes which rows the next may take. The
 * index is built once (see {@link NeighbourIndex}); searches are thread-safe.
 */
public final class NeighbourFinder {
    /** Query rows in the form the search reads. */
    public record Queries(double[][] kernel, int rows) {
    }

    private final NeighbourIndex index;
    private final RowDistance distance;

    /** Indexes {@code reference}; {@code cancel} is checked while its rows are sorted. */
    public NeighbourFinder(EncodedTable reference, RowDistance distance, Cancellation cancel) {
        this.distance = distance;
        this.index = new NeighbourIndex(distance.kernel(reference), reference.rows(), distance.discreteLeading(),
                cancel);
    }

    /** The rows of a query table (encoded like the reference), ready to search. */
    public Queries prepare(EncodedTable query) {
        return new Queries(distance.kernel(query), query.rows());
    }

    /**
     * The reference row nearest to query row {@code i} among those {@code allowed} accepts (it is asked only about
     * rows that would be nearer than the best so far), or -1 when it accepts none. Among rows at exactly the nearest
     * distance, the first the search meets, which depends only on the data.
     */
    public int nearest(Queries queries, int i, IntPredicate allowed) {
        double[][] k = queries.kernel();
        double[] row = new double[k.length];
        for (int c = 0; c < row.length; c++) {
            row[c] = k[c][i];
        }
        NeighbourIndex.Searcher searcher = index.new Searcher();
        searcher.search(row, -1, false, allowed, new double[2]);
        return searcher.nearestRow();
    }
}
