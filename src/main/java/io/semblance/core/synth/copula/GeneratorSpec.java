// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.synth.copula;

import java.util.Map;

/**
 * What a generated column needs to be rebuilt after saving: its kind ("id" or a PII sdtype), the
 * learned format parameters (shapes and masks, never real values), locale and seed.
 */
public record GeneratorSpec(String kind, Map<String, String> format, String locale, long seed) {
}
