/**
 * The arithmetic of a resource's working time: spans of time and what is left of them
 * when other spans (maintenance windows) are cut out. Plain Java.
 */
@NullMarked
package io.kaiwu.production.resource.kernel;

import org.jspecify.annotations.NullMarked;
