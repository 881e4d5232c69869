// SPDX-License-Identifier: Apache-2.0
package io.semblance.core.evaluate;

/** A metric's verdict: green = fine to release on this count, amber = look closer, red = do not release as is. */
public enum Level {
    GREEN, AMBER, RED
}
