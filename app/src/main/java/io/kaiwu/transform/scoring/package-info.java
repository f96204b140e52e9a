/**
 * The assessment kernel in plain Java: maturity models read from their data files and
 * checked on load ({@link io.kaiwu.transform.scoring.ModelReader}), answers checked
 * against a model ({@link io.kaiwu.transform.scoring.AnswerCheck}), and the score card:
 * points per dimension, levels per scenario, the grade by the model's rule table and the
 * gap to the next grade ({@link io.kaiwu.transform.scoring.Scoring}).
 */
@NullMarked
package io.kaiwu.transform.scoring;

import org.jspecify.annotations.NullMarked;
