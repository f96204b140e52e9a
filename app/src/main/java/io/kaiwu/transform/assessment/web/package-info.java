/** REST and pages of the maturity self-assessment. */
@NullMarked
package io.kaiwu.transform.assessment.web;

import org.jspecify.annotations.NullMarked;
