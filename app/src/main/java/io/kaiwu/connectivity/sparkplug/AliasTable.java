package io.kaiwu.connectivity.sparkplug;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.kaiwu.device.DataType;
import io.kaiwu.device.PropertyDefinition;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.model.MetricDataTypeMap;
import org.jspecify.annotations.Nullable;

/**
 * The metrics one birth (NBIRTH or DBIRTH) declared, by name and by alias, and the
 * thing-model properties they become. A data message names a metric by its alias (or,
 * without aliases, by its name); an alias the birth did not declare is unknown.
 */
final class AliasTable {

	private final Map<String, DeclaredMetric> byName = new LinkedHashMap<>();

	private final Map<Long, DeclaredMetric> byAlias = new HashMap<>();

	private final List<String> skipped = new ArrayList<>();

	/** The metrics of a birth, in order. */
	static AliasTable of(Collection<Metric> birth) {
		AliasTable table = new AliasTable();
		Set<String> identifiers = new HashSet<>();
		for (Metric metric : birth) {
			String name = metric.getName();
			if (name == null) {
				continue; // a birth names every metric
			}
			Long alias = metric.hasAlias() ? metric.getAlias() : null;
			MetricDataType type = metric.getDataType();
			String property = null;
			DataType dataType = null;
			if (!MetricNames.reserved(name)) {
				dataType = MetricNames.dataType(type).orElse(null);
				if (dataType == null) {
					table.skipped.add(name + " (" + type + ")");
				}
				else {
					property = MetricNames.unique(MetricNames.identifier(name), identifiers);
				}
			}
			DeclaredMetric declared = new DeclaredMetric(name, alias, type, property,
					(property != null) ? dataType : null);
			table.byName.put(name, declared);
			if (alias != null) {
				table.byAlias.put(alias, declared);
			}
		}
		return table;
	}

	/** The declared metric a data message's metric refers to. */
	Optional<DeclaredMetric> resolve(Metric metric) {
		if (metric.hasAlias() && metric.getAlias() != null) {
			DeclaredMetric declared = this.byAlias.get(metric.getAlias());
			if (declared != null || metric.getName() == null) {
				return Optional.ofNullable(declared);
			}
		}
		return Optional.ofNullable((metric.getName() != null) ? this.byName.get(metric.getName()) : null);
	}

	/** The thing-model properties of the declared metrics Kaiwu stores. */
	List<PropertyDefinition> properties() {
		List<PropertyDefinition> properties = new ArrayList<>();
		for (DeclaredMetric m : this.byName.values()) {
			if (m.property() != null && m.dataType() != null) {
				String label = (m.name().length() > 200) ? m.name().substring(0, 200) : m.name();
				properties.add(new PropertyDefinition(m.property(), label, label, m.dataType(), "", null, null, null,
						List.of(), false));
			}
		}
		return properties;
	}

	/** Metrics whose datatype Kaiwu does not store (DataSet, Template, arrays, ...). */
	List<String> skipped() {
		return List.copyOf(this.skipped);
	}

	/**
	 * For Tahu's decoder: the datatypes of aliased metrics that data messages may omit.
	 */
	MetricDataTypeMap dataTypes() {
		MetricDataTypeMap map = new MetricDataTypeMap();
		this.byAlias.forEach((alias, m) -> map.addMetricDataType(alias, m.sparkplugType()));
		this.byName.forEach((name, m) -> map.addMetricDataType(name, m.sparkplugType()));
		return map;
	}

	@Nullable DeclaredMetric named(String name) {
		return this.byName.get(name);
	}

}
