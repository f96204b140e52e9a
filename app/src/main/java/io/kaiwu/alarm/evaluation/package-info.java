/**
 * Rule evaluation off the ingestion path: a bounded queue and one thread that owns every
 * (rule, originator) track.
 */
@NullMarked
package io.kaiwu.alarm.evaluation;

import org.jspecify.annotations.NullMarked;
