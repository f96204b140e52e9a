/** Creating, changing and deleting alarm rules, checked against the thing model. */
@NullMarked
package io.kaiwu.alarm.rulebook;

import org.jspecify.annotations.NullMarked;
