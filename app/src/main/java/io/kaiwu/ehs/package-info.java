/**
 * EHS (安全环保): hazardous sources (重大危险源, graded 一级..四级 per GB 18218-2018) and discharge
 * points (排放口) with their monitored points: a device's property, its unit, the legal
 * limit with the standard it comes from, and graded early-warning thresholds 蓝 / 黄 / 橙 /
 * 红. Measurements of monitored points are graded as they arrive
 * ({@link io.kaiwu.telemetry.MeasurementsWorker} {@code kaiwu.ehs.watch}); entering a
 * grade raises an alarm through {@link io.kaiwu.alarm.Alarms} (蓝 warning, 黄 minor, 橙
 * major, 红 critical), worsening raises the higher one, and falling back under the lowest
 * grade by the deadband clears it; each exceedance is stored with its start, end, peak
 * and worst grade. The grading kernel ({@code ehs.warning}) is plain Java. Safety
 * inspections find hidden dangers (隐患) that are rectified by a deadline and verified by
 * someone else ({@code ehs.inspection}); emergency plans cover hazardous sources and
 * their drills feed the same loop ({@code ehs.emergency}). REST under
 * {@code /api/v1/ehs}. See {@code docs/ehs.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "device", "telemetry", "alarm" })
@NullMarked
package io.kaiwu.ehs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
