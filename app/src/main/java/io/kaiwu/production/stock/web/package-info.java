/**
 * Stock over REST ({@code /api/v1/production/stock}) and as a page
 * ({@code /production/stock}).
 */
@NullMarked
package io.kaiwu.production.stock.web;

import org.jspecify.annotations.NullMarked;
