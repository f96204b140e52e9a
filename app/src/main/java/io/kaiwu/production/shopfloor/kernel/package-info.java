/**
 * The plain rules of shop-floor reporting: which report may follow which on a work order,
 * what its quantities and times must satisfy, and in which order a work centre's work
 * orders are dispatched.
 */
@NullMarked
package io.kaiwu.production.shopfloor.kernel;

import org.jspecify.annotations.NullMarked;
