/**
 * Machine health and predictive maintenance (设备健康与预测性维护): a health index per machine from
 * its vibration, temperature and load, streaming detection of degradation, and a
 * remaining-useful-life estimate with its band. The method is in
 * {@link io.kaiwu.health.kernel.HealthMonitor}; its evaluation on the simulator is in
 * {@code docs/benchmarks.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "device", "telemetry", "equipment" })
@NullMarked
package io.kaiwu.health;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
