/**
 * Finite-capacity scheduling (APS, 高级计划与排程): the scheduling engine in {@code solver}, the
 * classic job-shop text format and an independent feasibility check in {@code jobshop},
 * and the job-shop endpoint in {@code web}. See {@code docs/scheduling.md}.
 */
@NullMarked
package io.kaiwu.production.schedule;

import org.jspecify.annotations.NullMarked;
