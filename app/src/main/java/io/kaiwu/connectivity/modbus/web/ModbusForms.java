package io.kaiwu.connectivity.modbus.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.kaiwu.connectivity.modbus.ModbusConnectionDraft;
import io.kaiwu.connectivity.modbus.RegisterMapping;
import io.kaiwu.connectivity.modbus.RegisterOrder;
import io.kaiwu.connectivity.modbus.RegisterTable;
import io.kaiwu.connectivity.modbus.RegisterType;
import io.kaiwu.shared.KaiwuProblem;
import org.jspecify.annotations.Nullable;

/** The JSON of a Modbus connection as clients send it, and its checks of form. */
final class ModbusForms {

	private ModbusForms() {
	}

	/**
	 * One mapping: a property ({@code property}) in the register map, a service parameter
	 * ({@code service}, {@code parameter}) in the command map. Names of tables, types and
	 * orders are case-insensitive; order, scale and offset may be left out (ABCD, 1, 0),
	 * unitId too (the connection's).
	 */
	record MappingForm(@Nullable String deviceKey, @Nullable String property, @Nullable String service,
			@Nullable String parameter, @Nullable Integer unitId, @Nullable String table, @Nullable Integer address,
			@Nullable String dataType, @Nullable String order, @Nullable Double scale, @Nullable Double offset) {
	}

	record ConnectionForm(@Nullable String name, @Nullable String host, @Nullable Integer port,
			@Nullable Integer unitId, @Nullable Long pollIntervalMs, @Nullable Long timeoutMs,
			@Nullable Boolean enabled, @Nullable List<MappingForm> registers, @Nullable List<MappingForm> commands) {

		/** The draft; fields missing or unreadable fail with a 400 naming each. */
		ModbusConnectionDraft draft() {
			List<KaiwuProblem.FieldError> errors = new ArrayList<>();
			require(this.name, "name", errors);
			require(this.host, "host", errors);
			require(this.port, "port", errors);
			List<RegisterMapping> reads = mappings(this.registers, "registers", false, errors);
			List<RegisterMapping> writes = mappings(this.commands, "commands", true, errors);
			if (!errors.isEmpty()) {
				throw new KaiwuProblem.InvalidInput(errors);
			}
			return new ModbusConnectionDraft(this.name, this.host, this.port, (this.unitId == null) ? 1 : this.unitId,
					Duration.ofMillis((this.pollIntervalMs == null) ? 1000 : this.pollIntervalMs),
					Duration.ofMillis((this.timeoutMs == null) ? 2000 : this.timeoutMs),
					(this.enabled == null) || this.enabled, reads, writes);
		}

	}

	private static List<RegisterMapping> mappings(@Nullable List<MappingForm> forms, String field, boolean commands,
			List<KaiwuProblem.FieldError> errors) {
		List<RegisterMapping> mappings = new ArrayList<>();
		if (forms == null) {
			return mappings;
		}
		for (int i = 0; i < forms.size(); i++) {
			MappingForm f = forms.get(i);
			String at = field + "[" + i + "]";
			int before = errors.size();
			if (f == null) {
				errors.add(new KaiwuProblem.FieldError(at, "problem.modbus.required"));
				continue;
			}
			require(f.deviceKey(), at + ".deviceKey", errors);
			String point;
			if (commands) {
				require(f.service(), at + ".service", errors);
				require(f.parameter(), at + ".parameter", errors);
				point = f.service() + "." + f.parameter();
			}
			else {
				require(f.property(), at + ".property", errors);
				point = String.valueOf(f.property());
			}
			require(f.address(), at + ".address", errors);
			RegisterTable table = named(RegisterTable.class, f.table(), at + ".table", errors);
			RegisterType type = named(RegisterType.class, f.dataType(), at + ".dataType", errors);
			RegisterOrder order = (f.order() == null) ? RegisterOrder.ABCD
					: named(RegisterOrder.class, f.order(), at + ".order", errors);
			if (errors.size() == before && table != null && type != null && order != null && f.address() != null) {
				mappings.add(new RegisterMapping(String.valueOf(f.deviceKey()).strip(), point.strip(), f.unitId(),
						table, f.address(), type, order, (f.scale() == null) ? 1 : f.scale(),
						(f.offset() == null) ? 0 : f.offset()));
			}
		}
		return mappings;
	}

	private static void require(@Nullable Object value, String field, List<KaiwuProblem.FieldError> errors) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			errors.add(new KaiwuProblem.FieldError(field, "problem.modbus.required"));
		}
	}

	private static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String value, String field,
			List<KaiwuProblem.FieldError> errors) {
		if (value != null) {
			try {
				return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		errors.add(new KaiwuProblem.FieldError(field, "problem.modbus.one-of", String.valueOf(value),
				Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT)));
		return null;
	}

}
