/**
 * Maturity self-assessment (评估诊断): the catalogue of maturity models (the shipped data
 * files under {@code transform/models/} and the models each tenant imports), read and
 * scored by the plain-Java kernel in {@code io.kaiwu.transform.scoring}.
 */
@NullMarked
package io.kaiwu.transform.assessment;

import org.jspecify.annotations.NullMarked;
