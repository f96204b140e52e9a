/**
 * The prognostics kernel in plain Java: a machine's running samples in, its health index,
 * the start of degradation and a remaining-useful-life estimate with its band out.
 */
@NullMarked
package io.kaiwu.health.kernel;

import org.jspecify.annotations.NullMarked;
