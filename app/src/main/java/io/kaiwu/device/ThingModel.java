package io.kaiwu.device;

import java.util.List;
import java.util.Optional;

/**
 * The thing model (物模型) of a device type: what its devices report (properties, events)
 * and what they can be asked to do (services).
 *
 * @param properties in the order the type lists them.
 * @param events in the order the type lists them.
 * @param services in the order the type lists them.
 */
public record ThingModel(List<PropertyDefinition> properties, List<EventDefinition> events,
		List<ServiceDefinition> services) {

	public ThingModel {
		properties = List.copyOf(properties);
		events = List.copyOf(events);
		services = List.copyOf(services);
	}

	public static ThingModel empty() {
		return new ThingModel(List.of(), List.of(), List.of());
	}

	public Optional<PropertyDefinition> property(String identifier) {
		// a plain loop: called for every value ingested
		for (PropertyDefinition property : this.properties) {
			if (property.identifier().equals(identifier)) {
				return Optional.of(property);
			}
		}
		return Optional.empty();
	}

	public Optional<ServiceDefinition> service(String identifier) {
		return this.services.stream().filter((s) -> s.identifier().equals(identifier)).findFirst();
	}

	public Optional<EventDefinition> event(String identifier) {
		return this.events.stream().filter((e) -> e.identifier().equals(identifier)).findFirst();
	}

}
