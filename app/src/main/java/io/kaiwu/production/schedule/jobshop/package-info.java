/**
 * The classic job-shop problem in its standard text format (first line {@code n m}, then
 * one line per job of {@code machine duration} pairs in route order): the parser, the
 * translation into the APS engine's problem, and an independent feasibility check that
 * trusts nothing the engine says.
 */
@NullMarked
package io.kaiwu.production.schedule.jobshop;

import org.jspecify.annotations.NullMarked;
