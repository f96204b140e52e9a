package io.kaiwu.device.command;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.device.ParameterDefinition;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.shared.KaiwuProblem;

/**
 * Checks a command's parameters against the service's inputs: every input is required, no
 * others are allowed, and each value must have the input's type, range and enum values.
 * Bad fields are named {@code params.<name>}.
 */
final class CommandParams {

	private CommandParams() {
	}

	static Map<String, Object> check(ServiceDefinition service, Map<String, Object> params) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		for (String name : params.keySet()) {
			if (service.inputs().stream().noneMatch((p) -> p.identifier().equals(name))) {
				errors.add(new KaiwuProblem.FieldError("params." + name, "problem.command.unknown-param", name,
						service.identifier()));
			}
		}
		Map<String, Object> checked = new LinkedHashMap<>();
		for (ParameterDefinition input : service.inputs()) {
			String field = "params." + input.identifier();
			Object value = params.get(input.identifier());
			if (value == null) {
				errors.add(new KaiwuProblem.FieldError(field, "problem.command.missing-param", input.identifier()));
				continue;
			}
			KaiwuProblem.FieldError error = check(field, input, value);
			if (error != null) {
				errors.add(error);
			}
			else {
				checked.put(input.identifier(), value);
			}
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return checked;
	}

	private static KaiwuProblem.@org.jspecify.annotations.Nullable FieldError check(String field,
			ParameterDefinition input, Object value) {
		switch (input.dataType()) {
			case BOOLEAN -> {
				return (value instanceof Boolean) ? null : wrongType(field, input);
			}
			case STRING -> {
				return (value instanceof String) ? null : wrongType(field, input);
			}
			case ENUM -> {
				if (!(value instanceof String s)) {
					return wrongType(field, input);
				}
				return input.enumValues().contains(s) ? null : new KaiwuProblem.FieldError(field,
						"problem.command.not-in-enum", s, String.join(", ", input.enumValues()));
			}
			default -> {
				if (!(value instanceof Number number)) {
					return wrongType(field, input);
				}
				BigDecimal decimal;
				try {
					decimal = new BigDecimal(number.toString());
				}
				catch (NumberFormatException ex) {
					return wrongType(field, input);
				}
				if (input.dataType().whole()) {
					BigInteger whole;
					try {
						whole = decimal.toBigIntegerExact();
					}
					catch (ArithmeticException ex) {
						return wrongType(field, input);
					}
					long lo = (input.dataType() == io.kaiwu.device.DataType.INT) ? Integer.MIN_VALUE : Long.MIN_VALUE;
					long hi = (input.dataType() == io.kaiwu.device.DataType.INT) ? Integer.MAX_VALUE : Long.MAX_VALUE;
					if (whole.compareTo(BigInteger.valueOf(lo)) < 0 || whole.compareTo(BigInteger.valueOf(hi)) > 0) {
						return wrongType(field, input);
					}
				}
				if ((input.min() != null && decimal.compareTo(input.min()) < 0)
						|| (input.max() != null && decimal.compareTo(input.max()) > 0)) {
					return new KaiwuProblem.FieldError(field, "problem.command.out-of-range", decimal.toPlainString(),
							(input.min() == null) ? "-∞" : input.min().toPlainString(),
							(input.max() == null) ? "∞" : input.max().toPlainString());
				}
				return null;
			}
		}
	}

	private static KaiwuProblem.FieldError wrongType(String field, ParameterDefinition input) {
		return new KaiwuProblem.FieldError(field, "problem.command.wrong-type", input.dataType().name());
	}

}
