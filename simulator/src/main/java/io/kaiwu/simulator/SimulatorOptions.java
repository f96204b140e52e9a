package io.kaiwu.simulator;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The standalone simulator's options: each from an argument {@code --name=value}, else
 * from the environment variable {@code KAIWU_SIM_NAME}, else its default.
 *
 * @param broker the MQTT broker ({@code --broker}, {@code KAIWU_SIM_BROKER}, default
 * {@code tcp://127.0.0.1:1883}).
 * @param seed the seed ({@code --seed}, {@code KAIWU_SIM_SEED}, default 1).
 * @param acceleration plant time per real time ({@code --acceleration},
 * {@code KAIWU_SIM_ACCELERATION}, default 1).
 * @param period real time between ticks ({@code --period}, {@code KAIWU_SIM_PERIOD},
 * ISO-8601 or seconds, default 1 s).
 * @param start the plant time to start at ({@code --start}, {@code KAIWU_SIM_START}, an
 * ISO-8601 instant, default now).
 * @param secrets device key → secret, read from the CSV file {@code --secrets}
 * ({@code KAIWU_SIM_SECRETS}) with lines {@code deviceKey,secret}.
 * @param opcUaPort {@code --opcua-port}, {@code KAIWU_SIM_OPCUA_PORT}, default 4840.
 * @param modbusPort {@code --modbus-port}, {@code KAIWU_SIM_MODBUS_PORT}, default 5020.
 * @param scheduledFaults whether faults come on the seed's schedule
 * ({@code --scheduled-faults}, {@code KAIWU_SIM_SCHEDULED_FAULTS}, default true).
 */
public record SimulatorOptions(URI broker, long seed, double acceleration, Duration period, Instant start,
		Map<String, String> secrets, int opcUaPort, int modbusPort, boolean scheduledFaults) {

	public SimulatorOptions {
		secrets = Map.copyOf(secrets);
	}

	/** Reads the options; an unusable one fails with a message naming it. */
	public static SimulatorOptions parse(List<String> args, Map<String, String> environment) {
		Map<String, String> given = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Arguments look like --name=value, not " + arg);
			}
			given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		Reader options = new Reader(given, environment);
		String secretsFile = options.text("secrets", "");
		return new SimulatorOptions(URI.create(options.text("broker", "tcp://127.0.0.1:1883")),
				options.number("seed", 1L, Long::parseLong), options.number("acceleration", 1.0, Double::parseDouble),
				options.number("period", Duration.ofSeconds(1), SimulatorOptions::duration),
				options.number("start", Instant.now().truncatedTo(ChronoUnit.SECONDS), Instant::parse),
				secretsFile.isBlank() ? Map.of() : secrets(Path.of(secretsFile)),
				options.number("opcua-port", 4840, Integer::parseInt),
				options.number("modbus-port", 5020, Integer::parseInt),
				options.number("scheduled-faults", true, Boolean::parseBoolean));
	}

	/** The outlets' settings from these options. */
	public OutletSettings outletSettings() {
		// the Sparkplug B edge node's credentials (for Kaiwu: spb:kaiwu-demo:sim-edge-01
		// and
		// the secret of its registration, docs/sparkplug.md)
		return new OutletSettings(this.broker, this.opcUaPort, this.modbusPort, this.secrets,
				Objects.requireNonNullElse(System.getenv("KAIWU_SIM_SPARKPLUG_USER"), ""),
				Objects.requireNonNullElse(System.getenv("KAIWU_SIM_SPARKPLUG_PASSWORD"), ""));
	}

	/**
	 * Reads {@code deviceKey,secret} lines; blank lines, lines starting with {@code #}
	 * and a header {@code deviceKey,secret} are skipped.
	 */
	static Map<String, String> secrets(Path file) {
		Map<String, String> secrets = new LinkedHashMap<>();
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot read the secrets file " + file + ": " + ex.getMessage(), ex);
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#") || line.equalsIgnoreCase("deviceKey,secret")) {
				continue;
			}
			int comma = line.indexOf(',');
			if (comma <= 0 || comma == line.length() - 1) {
				throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected deviceKey,secret");
			}
			secrets.put(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
		}
		return secrets;
	}

	private static Duration duration(String text) {
		return text.startsWith("P") ? Duration.parse(text)
				: Duration.ofNanos(Math.round(Double.parseDouble(text) * 1_000_000_000L));
	}

	private record Reader(Map<String, String> given, Map<String, String> environment) {

		String text(String name, String fallback) {
			String value = raw(name);
			return (value == null) ? fallback : value;
		}

		<T> T number(String name, T fallback, java.util.function.Function<String, T> parser) {
			String value = raw(name);
			if (value == null || value.isBlank()) {
				return fallback;
			}
			try {
				return parser.apply(value.strip());
			}
			catch (RuntimeException ex) {
				throw new IllegalArgumentException("--" + name + " (" + variable(name) + ") cannot be " + value, ex);
			}
		}

		private @Nullable String raw(String name) {
			String value = this.given.get(name);
			return (value != null) ? value : this.environment.get(variable(name));
		}

		private static String variable(String name) {
			return "KAIWU_SIM_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
		}

	}

}
