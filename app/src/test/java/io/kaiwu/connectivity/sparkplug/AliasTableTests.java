package io.kaiwu.connectivity.sparkplug;

import java.util.List;

import io.kaiwu.device.DataType;
import io.kaiwu.device.PropertyDefinition;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AliasTableTests {

	private static Metric declared(String name, long alias, MetricDataType type) throws Exception {
		Metric metric = new Metric.MetricBuilder(alias, type, null).createMetric();
		metric.setName(name);
		return metric;
	}

	private static Metric byAlias(long alias, MetricDataType type, Object value) throws Exception {
		return new Metric.MetricBuilder(alias, type, value).createMetric();
	}

	private static AliasTable birth() throws Exception {
		return AliasTable.of(List.of(new Metric.MetricBuilder("bdSeq", MetricDataType.Int64, 3L).createMetric(),
				declared("Node Control/Rebirth", 0, MetricDataType.Boolean),
				declared("Inputs/Temperature", 1, MetricDataType.Float), declared("parts", 2, MetricDataType.UInt64),
				declared("running", 3, MetricDataType.Boolean), declared("1st stage", 4, MetricDataType.String),
				declared("Inputs.Temperature", 5, MetricDataType.Double), declared("recipe", 6, MetricDataType.DataSet),
				declared("Kaiwu/CommandOk", 7, MetricDataType.Boolean)));
	}

	@Test
	void dataByAliasResolvesToTheMetricTheBirthDeclared() throws Exception {
		AliasTable table = birth();
		DeclaredMetric temperature = table.resolve(byAlias(1, MetricDataType.Float, 21.5f)).orElseThrow();
		assertThat(temperature.name()).isEqualTo("Inputs/Temperature");
		assertThat(temperature.property()).isEqualTo("Inputs_Temperature");
		assertThat(temperature.dataType()).isEqualTo(DataType.FLOAT);
		assertThat(table.resolve(byAlias(2, MetricDataType.UInt64, java.math.BigInteger.valueOf(7)))
			.orElseThrow()
			.property()).isEqualTo("parts");
		Metric named = new Metric.MetricBuilder("running", MetricDataType.Boolean, true).createMetric();
		assertThat(table.resolve(named).orElseThrow().property()).isEqualTo("running");
	}

	@Test
	void anAliasTheBirthDidNotDeclareIsUnknown() throws Exception {
		AliasTable table = birth();
		assertThat(table.resolve(byAlias(99, MetricDataType.Double, 1.0))).isEmpty();
		assertThat(table.resolve(new Metric.MetricBuilder("humidity", MetricDataType.Double, 1.0).createMetric()))
			.isEmpty();
	}

	@Test
	void theBirthBecomesThingModelPropertiesWithoutSparkplugsOwnMetrics() throws Exception {
		List<PropertyDefinition> properties = birth().properties();
		assertThat(properties).extracting(PropertyDefinition::identifier)
			.containsExactly("Inputs_Temperature", "parts", "running", "m_1st_stage", "Inputs_Temperature_2");
		assertThat(properties).extracting(PropertyDefinition::dataType)
			.containsExactly(DataType.FLOAT, DataType.LONG, DataType.BOOLEAN, DataType.STRING, DataType.DOUBLE);
		assertThat(properties.get(0).nameEn()).isEqualTo("Inputs/Temperature");
		assertThat(birth().skipped()).containsExactly("recipe (DataSet)");
		DeclaredMetric reply = birth().resolve(byAlias(7, MetricDataType.Boolean, true)).orElseThrow();
		assertThat(reply.property()).as("Kaiwu's own reply metric is no property").isNull();
	}

}
