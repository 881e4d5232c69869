// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.constraints;

import io.semblance.core.job.Cancellation;
import io.semblance.core.job.ProgressListener;
import io.semblance.core.model.Dataset;
import io.semblance.core.model.Metadata;
import io.semblance.core.synth.FittedModel;
import io.semblance.core.synth.PartialModel;
import io.semblance.core.synth.Synthesis;
import io.semblance.core.synth.cart.CartOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The constraints of one synthesis run, bound to the training table, and how each strategy meets them. Full
 * synthesis: fixed combinations by construction ({@link JointColumns}: the model is fitted to {@link #fitData()}),
 * rules by rejection ({@link ConstrainedModel}) and uniqueness by an ordered pass ({@link UniqueModel}). Partial
 * synthesis: groups of fixed columns that are all redrawn or all kept are joined the same way, and every other
 * constraint is met row by row ({@link PartialRows}). Hybrid synthesis draws its rows from {@link #full} and checks
 * its merged rows with the {@link #checker()}. With no constraints every step leaves the model as it is.
 */
public final class ConstraintSet {
    private final List<Constraint> constraints;
    private final Metadata meta;
    private final Dataset training;
    private final Checker checker;
    private final JointColumns joint;

    private ConstraintSet(List<Constraint> constraints, Metadata meta, Dataset training) {
        Synthesis.checkMatches(meta, training);
        this.constraints = List.copyOf(constraints);
        this.meta = meta;
        this.training = training;
        this.checker = Constraints.bind(constraints, meta, training);
        this.joint = JointColumns.of(fixedGroups(), training, meta);
    }

    /** Binds parsed constraints to the training table (whose rows are the real combinations of fixed columns). */
    public static ConstraintSet of(List<Constraint> constraints, Metadata meta, Dataset training) {
        return new ConstraintSet(constraints, meta, training);
    }

    private List<List<String>> fixedGroups() {
        return constraints.stream().filter(c -> c instanceof Constraint.Fixed).map(Constraint::columns).toList();
    }

    public boolean isEmpty() {
        return constraints.isEmpty();
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /** The constraints bound to the training table's columns. */
    public Checker checker() {
        return checker;
    }

    /** The constraints the training rows break, with counts and examples. */
    public List<Violations> violations() {
        return checker.violations(training);
    }

    /** The table full synthesis fits its model to: the training table with each fixed group joined. */
    public Dataset fitData() {
        return joint.data();
    }

    /** The metadata of {@link #fitData()}. */
    public Metadata fitMeta() {
        return joint.meta();
    }

    /** The training columns that {@link #fitData()} joins (conditions cannot name them). */
    public Set<String> joined() {
        return joint.joined();
    }

    /**
     * Fits the named model to {@link #fitData()} for full or hybrid synthesis; wrap it with {@link #full}. A column
     * of a fixed group named in the cart visit sequence stands for its group's joint column.
     */
    public FittedModel fit(String model, long seed, Locale locale, CartOptions cart, ProgressListener progress,
                           Cancellation cancel) {
        CartOptions joined = cart == null ? null
                : new CartOptions(cart.minLeaf(), cart.smoothing(), joinedSequence(cart.visitSequence()));
        return Synthesis.fit(model, fitData(), fitMeta(), seed, locale, joined, progress, cancel);
    }

    /** The sequence with each fixed column as its joint column, once; other names (even repeated) as given. */
    private List<String> joinedSequence(List<String> sequence) {
        List<String> out = new ArrayList<>();
        for (String name : sequence) {
            String j = joint.rename(List.of(name)).get(0);
            if (j.equals(name) || !out.contains(j)) {
                out.add(j);
            }
        }
        return out;
    }

    /** The full-synthesis writer of a model fitted to {@link #fitData()}: training columns, every constraint met. */
    public FittedModel full(FittedModel fitted) {
        FittedModel m = joint.split(fitted);
        if (constraints.stream().anyMatch(c -> !(c instanceof Constraint.Unique))) {
            m = new ConstrainedModel(m, checker);
        }
        if (checker.hasUnique()) {
            m = new UniqueModel(m, checker, meta, training);
        }
        return m;
    }

    /**
     * A partial-synthesis writer, the constraints it cannot enforce because they read only kept columns, and the
     * partial model it draws from (on the table with any wholly redrawn or wholly kept fixed group joined).
     */
    public record Partial(FittedModel model, List<Constraint> unenforced, PartialModel fitted) {
        public Partial {
            unenforced = List.copyOf(unenforced);
        }
    }

    /**
     * Partial synthesis of the training table with the {@code sensitive} columns redrawn (see
     * {@link Synthesis#partial}) under the constraints.
     */
    public Partial partial(String model, Collection<String> sensitive, long seed, Locale locale, CartOptions cart,
                           ProgressListener progress, Cancellation cancel) {
        Set<String> sens = Set.copyOf(sensitive);
        List<List<String>> whole = new ArrayList<>();
        for (List<String> g : JointColumns.merge(fixedGroups(), training.names())) {
            long redrawn = g.stream().filter(sens::contains).count();
            if (redrawn == 0 || redrawn == g.size()) {
                whole.add(g);
            }
        }
        JointColumns pj = JointColumns.of(whole, training, meta);
        PartialModel pm = Synthesis.partial(model, pj.data(), pj.meta(), pj.rename(sensitive), seed, locale, cart,
                progress, cancel);
        if (isEmpty()) {
            return new Partial(pm, List.of(), pm);
        }
        PartialRows rows = new PartialRows(pj.split(pm), pj.split(pm.full()), pj.toOriginal(pm.redrawn()), checker);
        return new Partial(rows, rows.unenforced(), pm);
    }
}
