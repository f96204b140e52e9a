/** Results evaluation over REST and as pages. */
@NullMarked
package io.kaiwu.transform.evaluation.web;

import org.jspecify.annotations.NullMarked;
