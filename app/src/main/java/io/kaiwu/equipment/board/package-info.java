/**
 * The live equipment board (设备看板): one tile per machine of a line or workshop with its
 * state, since when, its open alarm, key values and today's OEE.
 */
@NullMarked
package io.kaiwu.equipment.board;

import org.jspecify.annotations.NullMarked;
