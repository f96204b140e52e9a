/**
 * Plain-Java translation between production's orders, calendars and setup matrices and
 * the scheduling engine's problem in whole minutes, and back.
 */
@NullMarked
package io.kaiwu.production.planning.kernel;

import org.jspecify.annotations.NullMarked;
