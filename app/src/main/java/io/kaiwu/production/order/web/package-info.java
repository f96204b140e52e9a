/**
 * Orders over REST ({@code /api/v1/production/customer-orders},
 * {@code /production-orders}, {@code /work-orders}, {@code /purchase-requisitions}) and
 * as pages ({@code /production/orders}).
 */
@NullMarked
package io.kaiwu.production.order.web;

import org.jspecify.annotations.NullMarked;
