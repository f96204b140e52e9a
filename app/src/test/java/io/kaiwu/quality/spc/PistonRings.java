package io.kaiwu.quality.spc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Montgomery's piston-ring diameters, read from the test resources. */
final class PistonRings {

	private PistonRings() {
	}

	/**
	 * @return 40 subgroups of 5; the first 25 are the trial (phase I) samples
	 */
	static List<Subgroup> samples() {
		List<List<Double>> bySample = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				Objects.requireNonNull(PistonRings.class.getResourceAsStream("/quality/pistonrings.txt")),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.startsWith("diameter") || line.isBlank()) {
					continue;
				}
				String[] fields = line.trim().split("\\s+");
				int sample = Integer.parseInt(fields[1]);
				while (bySample.size() < sample) {
					bySample.add(new ArrayList<>());
				}
				bySample.get(sample - 1).add(Double.parseDouble(fields[0]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bySample.stream()
			.map((values) -> Subgroup.measured(values.stream().mapToDouble(Double::doubleValue).toArray()))
			.toList();
	}

}
