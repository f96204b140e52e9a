/**
 * Results evaluation (成效评估): evaluations of a period against a baseline, with every KPI
 * value showing whether a person entered it, the platform measured it (with the facts it
 * came from) or a survey gave it.
 */
@NullMarked
package io.kaiwu.transform.evaluation;

import org.jspecify.annotations.NullMarked;
