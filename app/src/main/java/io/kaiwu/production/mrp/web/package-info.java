/**
 * MRP over REST ({@code /api/v1/production/mrp/runs}, {@code /item-planning}) and as
 * pages ({@code /production/mrp}).
 */
@NullMarked
package io.kaiwu.production.mrp.web;

import org.jspecify.annotations.NullMarked;
