/**
 * Hazardous sources and discharge points with their monitored points: checked, stored and
 * listed.
 */
@NullMarked
package io.kaiwu.ehs.site;

import org.jspecify.annotations.NullMarked;
