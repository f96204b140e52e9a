/** Predictive maintenance orders from the health module's failure warnings. */
@NullMarked
package io.kaiwu.maintenance.prediction;

import org.jspecify.annotations.NullMarked;
