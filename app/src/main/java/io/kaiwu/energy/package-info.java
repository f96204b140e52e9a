/**
 * Energy (远程能耗监测): meters of electricity, water, natural gas, steam and compressed air,
 * the consumption they measured, what it cost under a time-of-use tariff (尖峰平谷), and what
 * it means in tonnes of standard coal (tce) and tonnes of CO₂.
 * <p>
 * This first slice holds the calculation kernels, plain Java: {@code energy.metering}
 * (consumption intervals from cumulative counters across resets and rollover, gaps as
 * missing, virtual meters), {@code energy.tariff} (time-of-use tariffs, split and cost)
 * and {@code energy.carbon} (GB/T 2589 coefficients and emission factors, kept as data in
 * {@code energy/*.csv} with their source). Meters are created and listed over REST
 * ({@code /api/v1/energy/meters}), hung on a node of the enterprise structure
 * ({@code tenancy}) and, when physical, on a device's counter property ({@code device}).
 * {@code energy.consumption} follows those counters in the stored telemetry
 * ({@code telemetry}: {@code MeasurementsStored}, {@code TelemetryStore}) and keeps each
 * meter's consumption by the hour, added up by hour, day or month over
 * {@code /api/v1/energy/consumption}; {@code energy.demo} meters the demo plant.
 * {@code energy.output} keeps each machine's parts from {@code equipment}'s
 * {@link io.kaiwu.equipment.PartsCounted} and {@link io.kaiwu.equipment.ReportedOutput}
 * (machines read through {@link io.kaiwu.equipment.EquipmentCatalog});
 * {@code energy.intensity} divides energy and tce by good parts and by the output value
 * entered per site and month; {@code energy.emission} keeps each site's emission factors
 * and writes the monthly carbon report. {@code energy.baseline} compares a period with a
 * reference period's profile ({@code /api/v1/energy/baseline}); {@code energy.hint} turns
 * compressors' base flow, machines' idle running (equipment's
 * {@code MachineStateChanged}) and flexible meters' peak hours into saving suggestions
 * ranked by money a month ({@code /api/v1/energy/suggestions}, page 节能建议).
 * {@code energy.demand} works out the 15-minute demand, load curve and monthly peak from
 * the counters ({@code kernel} plain Java), {@code energy.report} the time-of-use split,
 * the monthly report and the CSV exports, and {@code energy.web.pages} the energy
 * manager's pages. See {@code docs/energy.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "device", "telemetry", "equipment" })
@NullMarked
package io.kaiwu.energy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
