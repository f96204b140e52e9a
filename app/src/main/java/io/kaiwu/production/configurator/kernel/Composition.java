package io.kaiwu.production.configurator.kernel;

import java.util.List;

/**
 * A variant's BOM lines or routing steps, with the reasons an option's effect could not
 * be applied (then the variant cannot be made as defined).
 *
 * @param <T> a BOM line or a routing step
 * @param parts the lines or steps
 * @param refusals what did not apply, empty when everything did
 */
public record Composition<T>(List<T> parts, List<Refusal> refusals) {

	public Composition {
		parts = List.copyOf(parts);
		refusals = List.copyOf(refusals);
	}

}
