/** The alarm module's tables: rules, alarms and their history. */
@NullMarked
package io.kaiwu.alarm.store;

import org.jspecify.annotations.NullMarked;
