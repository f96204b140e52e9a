/**
 * Production (生产制造): production master data (plants, work centres, resources, BOMs,
 * routings), customer and production orders with MRP, finite-capacity scheduling (APS)
 * and shop-floor reporting (报工). Reported output goes to equipment's OEE as
 * {@link io.kaiwu.equipment.ReportedOutput}, consumption and production to quality's
 * {@link io.kaiwu.quality.Genealogy}; the schedule repairs itself on
 * {@link io.kaiwu.equipment.DowntimeStarted}.
 *
 * <p>
 * Inside the module the parts talk through the small interfaces in their top
 * sub-packages: {@link io.kaiwu.production.resource.WorkCentres},
 * {@link io.kaiwu.production.bom.Boms}, {@link io.kaiwu.production.routing.Routings},
 * {@link io.kaiwu.production.order.WorkOrders} and
 * {@link io.kaiwu.production.stock.Stock}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "masterdata", "equipment", "maintenance", "quality" })
@NullMarked
package io.kaiwu.production;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
