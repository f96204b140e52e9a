/** Raising, acknowledging and clearing alarms, stored and announced. */
@NullMarked
package io.kaiwu.alarm.book;

import org.jspecify.annotations.NullMarked;
