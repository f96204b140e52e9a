/**
 * Master data (主数据) that later modules build on: units of measure (计量单位) with
 * conversions, items (物料：原材料 / 半成品 / 成品), business partners (suppliers with their tier,
 * customers), the data classification catalogue (数据分类分级: 一般 / 重要 / 核心) that exports
 * respect, and a shift calendar (班次日历) per site whose kernel computes planned working
 * time. Items and partners are imported from Excel or CSV with a row-by-row error report
 * and exported by grade.
 * <p>
 * Publishes a {@link io.kaiwu.shared.ChangeRecorded} for every change; listens to
 * {@link io.kaiwu.tenancy.DemoTenantCreated} to seed the demo tenant's master data;
 * implements {@link io.kaiwu.shared.StructureReferences} so a site with a shift calendar
 * cannot be deleted. Other modules ask {@link io.kaiwu.masterdata.SiteWorkingTime} for a
 * site's planned working time.
 * <p>
 * Production's configurator asks {@link io.kaiwu.masterdata.ItemVariants} for the variant
 * item of a configured product.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy" })
@NullMarked
package io.kaiwu.masterdata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
