/**
 * Equipment (设备) and its overall equipment effectiveness (设备综合效率 OEE).
 * <p>
 * The OEE kernel in {@link io.kaiwu.equipment.oee} is plain Java: it turns a production
 * period (planned production time, stop time by loss, ideal cycle time and part counts)
 * into availability (时间开动率), performance (性能开动率), quality (合格品率), their product and the
 * six big losses in minutes. See {@code docs/equipment.md}.
 */
@ApplicationModule(allowedDependencies = { "shared", "tenancy", "device", "telemetry", "masterdata", "alarm" })
@NullMarked
package io.kaiwu.equipment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
