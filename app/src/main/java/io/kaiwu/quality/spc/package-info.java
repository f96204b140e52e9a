/**
 * Statistical process control (统计过程控制), the arithmetic only: control-chart constants,
 * control limits (phase I estimated from a baseline, frozen for phase II), Western
 * Electric and Nelson run rules, and process capability. No Spring, no database: the
 * charting part of the quality module persists and shows what this computes.
 */
@NullMarked
package io.kaiwu.quality.spc;

import org.jspecify.annotations.NullMarked;
