/**
 * How Kaiwu sets up its logs.
 */
@NullMarked
package io.kaiwu.operations.logging;

import org.jspecify.annotations.NullMarked;
