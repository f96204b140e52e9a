/**
 * Results evaluation (成效评估) as plain Java: the KPI catalogue with its formulas, the
 * System Usability Scale, and the change between a baseline and a current value.
 */
@NullMarked
package io.kaiwu.transform.evaluation.kernel;

import org.jspecify.annotations.NullMarked;
