// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.semblance.core.synth.cart.CartModel;
import io.semblance.core.synth.cart.CartModelJson;
import io.semblance.core.synth.constraints.ConstraintsJson;
import io.semblance.core.synth.copula.CopulaModel;
import io.semblance.core.synth.copula.CopulaModelJson;
import io.semblance.core.synth.fake.FakeGenerators;
import io.semblance.core.io.AtomicFiles;
import io.semblance.core.io.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Saves a fitted model as a JSON file and loads it back; a loaded model draws the same rows as the saved one for
 * the same seed and row count (generated identifier and PII columns aside: see {@link CartModelJson}).
 *
 * <p>A copula model file holds parameters only (marginals and correlations), never real values. <b>A cart model
 * file holds real values of the training data</b> in its trees' leaves ({@link CartModelJson}), and must be
 * protected like the data; see {@link #holdsRealValues}. A model writing under constraints (rules and unique
 * columns, see {@link io.semblance.core.synth.constraints.ConstraintSet#full}) is saved with them
 * ({@link ConstraintsJson}), and is loaded with them applied again; one under fixed combinations cannot be saved.
 *
 * <p>Format versions: 1 held copula models only; 2 adds cart models and constraints. Files of both versions are read.
 */
public final class ModelFiles {
    static final String FORMAT = "semblance-model";
    static final int VERSION = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelFiles() {
    }

    /**
     * Whether the file {@link #save} writes for this model holds real values of the training data; refuses, as
     * {@link #save} does, a model under fixed combinations.
     */
    public static boolean holdsRealValues(FittedModel model) {
        return ConstraintsJson.base(model) instanceof CartModel;
    }

    /** Why {@link #save} cannot write this model, in a sentence, or null when it can. */
    public static String whyNotSaveable(FittedModel model) {
        FittedModel m;
        try {
            m = ConstraintsJson.base(model);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return m instanceof CopulaModel || m instanceof CartModel ? null : "only a model fitted for full synthesis can"
                + " be saved, not a partial or conditioned one";
    }

    /** Writes the model atomically; replaces an existing file only if {@code replace}. */
    public static void save(FittedModel model, Path file, boolean replace) throws IOException {
        FittedModel m = ConstraintsJson.base(model);
        ObjectNode parameters;
        if (m instanceof CopulaModel cm) {
            parameters = CopulaModelJson.toJson(cm, MAPPER);
        } else if (m instanceof CartModel cart) {
            parameters = CartModelJson.toJson(cart, MAPPER);
        } else {
            throw new IllegalArgumentException("cannot save this " + m.kind() + " model: " + whyNotSaveable(m));
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("model", m.kind());
        root.set("parameters", parameters);
        ObjectNode constraints = ConstraintsJson.toJson(model, MAPPER);
        if (constraints != null) {
            root.set("constraints", constraints);
        }
        byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        AtomicFiles.write(file, replace, out -> out.write(bytes));
    }

    /** Reads a model saved by {@link #save}; a file that is not one gives IllegalArgumentException naming it. */
    public static FittedModel load(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        String json = TextFiles.readUtf8(file, "a Semblance model file");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + " is not a Semblance model file (not JSON)");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(name + " is not a Semblance model file");
        }
        if (root.path("version").asInt() > VERSION) {
            throw new IllegalArgumentException(name + " was saved by a newer Semblance (model format "
                    + root.path("version").asInt() + "); update Semblance to read it");
        }
        String kind = root.path("model").asText();
        if (!kind.equals("copula") && !kind.equals("cart")) {
            throw new IllegalArgumentException(name + ": unknown model \"" + kind + "\"");
        }
        FittedModel model;
        try {
            FakeGenerators generators = new FakeGenerators(Locale.US);
            JsonNode parameters = JsonFields.object(root, "parameters");
            model = kind.equals("cart") ? CartModelJson.fromJson(parameters, generators)
                    : CopulaModelJson.fromJson(parameters, generators);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is damaged: " + e.getMessage(), e);
        }
        if (!root.hasNonNull("constraints")) {
            return model;
        }
        try {
            return ConstraintsJson.apply(model, root.get("constraints"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": its constraints cannot be read: " + e.getMessage(), e);
        }
    }
}
