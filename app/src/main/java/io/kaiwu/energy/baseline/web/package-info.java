/** Baseline against actual over REST ({@code /api/v1/energy/baseline}). */
@NullMarked
package io.kaiwu.energy.baseline.web;

import org.jspecify.annotations.NullMarked;
