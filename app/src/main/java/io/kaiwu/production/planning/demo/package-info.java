/**
 * The demo plant's order book and its first schedule, so that the schedule board, the
 * dispatch lists and the tablets have work to show from the first start.
 */
@NullMarked
package io.kaiwu.production.planning.demo;

import org.jspecify.annotations.NullMarked;
