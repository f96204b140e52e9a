/**
 * Optimisation hints over REST ({@code /api/v1/energy/suggestions}, flexible meters) and
 * the 节能建议 page with an evidence chart per suggestion.
 */
@NullMarked
package io.kaiwu.energy.hint.web;

import org.jspecify.annotations.NullMarked;
