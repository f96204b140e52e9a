package io.kaiwu.connectivity.modbus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kaiwu.device.DataType;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.ParameterDefinition;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Checks a register map against the tenant's devices and the Modbus rules: the device is
 * the tenant's, the property (or service parameter) exists and has a type a register can
 * carry, the address range lies in 0..65535, a coil or discrete input holds exactly one
 * bit ({@code bool}) and a register never does, BOOLEAN values come from bits, ENUM
 * values from a 16-bit index, commands go to coils or holding registers, and no point is
 * mapped twice.
 */
final class RegisterMapRules {

	static final int MAX_MAPPINGS = 5000;

	private RegisterMapRules() {
	}

	/**
	 * The errors of one map.
	 * @param field the field name of the list, {@code registers} or {@code commands}.
	 * @param commands whether it is the command map.
	 */
	static List<KaiwuProblem.FieldError> check(TenantId tenant, List<RegisterMapping> map, String field,
			boolean commands, DeviceRegistry devices) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		if (map.size() > MAX_MAPPINGS) {
			errors.add(new KaiwuProblem.FieldError(field, "problem.modbus.too-many", MAX_MAPPINGS));
			return errors;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < map.size(); i++) {
			RegisterMapping m = map.get(i);
			String at = field + "[" + i + "]";
			if (m.unitId() != null && (m.unitId() < 0 || m.unitId() > 255)) {
				errors.add(new KaiwuProblem.FieldError(at + ".unitId", "problem.modbus.unit-id",
						String.valueOf(m.unitId())));
			}
			if (m.address() < 0 || m.lastAddress() > 65535) {
				errors.add(new KaiwuProblem.FieldError(at + ".address", "problem.modbus.address",
						String.valueOf(m.address())));
			}
			if (m.table().bits() && m.type() != RegisterType.BOOL) {
				errors.add(new KaiwuProblem.FieldError(at + ".dataType", "problem.modbus.bit-table", m.type()));
			}
			if (!m.table().bits() && m.type() == RegisterType.BOOL) {
				errors.add(new KaiwuProblem.FieldError(at + ".dataType", "problem.modbus.register-table", m.table()));
			}
			if (m.scale() == 0 || !Double.isFinite(m.scale()) || !Double.isFinite(m.offset())) {
				errors.add(new KaiwuProblem.FieldError(at + ".scale", "problem.modbus.scale"));
			}
			if (commands && !(m.table() == RegisterTable.COIL || m.table() == RegisterTable.HOLDING_REGISTER)) {
				errors.add(new KaiwuProblem.FieldError(at + ".table", "problem.modbus.not-writable", m.table()));
			}
			if (!seen.add(m.deviceKey() + "/" + m.point())) {
				errors.add(new KaiwuProblem.FieldError(at + ".point", "problem.modbus.repeated", m.point()));
			}
			Optional<DeviceSummary> device = devices.findByKey(m.deviceKey()).filter((d) -> d.tenant().equals(tenant));
			if (device.isEmpty()) {
				errors.add(
						new KaiwuProblem.FieldError(at + ".deviceKey", "problem.modbus.unknown-device", m.deviceKey()));
				continue;
			}
			Optional<DataType> type = commands ? parameterType(device.get(), m.point())
					: device.get().thingModel().property(m.point()).map(PropertyDefinition::dataType);
			if (type.isEmpty()) {
				errors.add(new KaiwuProblem.FieldError(at + ".point",
						commands ? "problem.modbus.unknown-parameter" : "problem.modbus.unknown-property", m.point(),
						m.deviceKey()));
				continue;
			}
			String fits = fits(type.get(), m.type());
			if (fits != null) {
				errors.add(new KaiwuProblem.FieldError(at + ".dataType", fits, type.get(), m.type()));
			}
		}
		return errors;
	}

	/** The type of {@code service.parameter}, empty when the device has no such input. */
	static Optional<DataType> parameterType(DeviceSummary device, String point) {
		int dot = point.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		Optional<ServiceDefinition> service = device.thingModel().service(point.substring(0, dot));
		String parameter = point.substring(dot + 1);
		return service.flatMap((s) -> s.inputs().stream().filter((p) -> p.identifier().equals(parameter)).findFirst())
			.map(ParameterDefinition::dataType);
	}

	/**
	 * The message key when a property of this type cannot come from this register type.
	 */
	private static @Nullable String fits(DataType property, RegisterType register) {
		return switch (property) {
			case BOOLEAN -> (register == RegisterType.BOOL) ? null : "problem.modbus.type-mismatch";
			case ENUM -> (register == RegisterType.INT16 || register == RegisterType.UINT16) ? null
					: "problem.modbus.type-mismatch";
			case STRING -> "problem.modbus.type-mismatch";
			default -> (register == RegisterType.BOOL) ? "problem.modbus.type-mismatch" : null;
		};
	}

}
