/**
 * The sandboxed expression language of expression rules, plain Java: a recursive-descent
 * parser of numbers, property names, arithmetic, comparisons, logic and a few functions
 * into a tree that is evaluated directly. Nothing in it can reach a class, a file or the
 * network, and its size is bounded, so evaluating it costs bounded time.
 */
@NullMarked
package io.kaiwu.alarm.expression;

import org.jspecify.annotations.NullMarked;
