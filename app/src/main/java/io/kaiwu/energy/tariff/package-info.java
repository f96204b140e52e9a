/**
 * Time-of-use electricity tariffs (分时电价, 尖峰平谷) in plain Java: periods by hour range and
 * by season, checked to cover every minute of the day exactly once, and the split of a
 * consumption interval across period boundaries and midnight with its cost per period.
 */
@NullMarked
package io.kaiwu.energy.tariff;

import org.jspecify.annotations.NullMarked;
