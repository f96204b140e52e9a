/**
 * The energy module's REST endpoints ({@code /api/v1/energy/…}).
 */
@NullMarked
package io.kaiwu.energy.web;

import org.jspecify.annotations.NullMarked;
