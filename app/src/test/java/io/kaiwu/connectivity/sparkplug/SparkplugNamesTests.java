package io.kaiwu.connectivity.sparkplug;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparkplugNamesTests {

	@Test
	void anEdgeNodePublishesOnlyItsOwnBirthsDeathsAndData() {
		for (String type : new String[] { "NBIRTH", "NDEATH", "NDATA" }) {
			assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/plant/" + type + "/edge1")).isTrue();
		}
		for (String type : new String[] { "DBIRTH", "DDEATH", "DDATA" }) {
			assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/plant/" + type + "/edge1/press-1"))
				.isTrue();
		}
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/plant/NDATA/edge2")).isFalse();
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/other/NDATA/edge1")).isFalse();
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/plant/NCMD/edge1")).isFalse();
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/plant/DCMD/edge1/press-1")).isFalse();
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/STATE/kaiwu")).isFalse();
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/plant/DDATA/edge1")).isFalse();
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "spBv1.0/plant/NDATA/edge1/x")).isFalse();
		assertThat(SparkplugNames.mayPublish("plant", "edge1", "kaiwu/plant.edge1/telemetry")).isFalse();
	}

	@Test
	void anEdgeNodeSubscribesOnlyToItsCommandsAndTheHostState() {
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/plant/NCMD/edge1")).isTrue();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/plant/DCMD/edge1/+")).isTrue();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/plant/DCMD/edge1/press-1")).isTrue();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/STATE/kaiwu")).isTrue();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/plant/NCMD/edge2")).isFalse();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/plant/NCMD/+")).isFalse();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/plant/DDATA/edge1/+")).isFalse();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/#")).isFalse();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "spBv1.0/STATE/#")).isFalse();
		assertThat(SparkplugNames.maySubscribe("plant", "edge1", "$share/g/spBv1.0/plant/NCMD/edge1")).isFalse();
	}

	@Test
	void userNamesAndDeviceKeys() {
		assertThat(SparkplugNames.parseUsername("spb:plant:edge1"))
			.hasValueSatisfying((ids) -> assertThat(ids).containsExactly("plant", "edge1"));
		assertThat(SparkplugNames.parseUsername("spb:plant")).isEmpty();
		assertThat(SparkplugNames.parseUsername("spb:pl/ant:edge1")).isEmpty();
		assertThat(SparkplugNames.parseUsername("demo-cnc-01")).isEmpty();
		assertThat(SparkplugNames.deviceKey("plant", "edge1", "press-1")).isEqualTo("plant.edge1.press-1");
		assertThat(SparkplugNames.deviceKey("plant", "edge1", null)).isEqualTo("plant.edge1");
		assertThat(SparkplugHost.typeCode("plant.edge1.press-1")).isEqualTo("plant.edge1.press-1");
		assertThat(SparkplugHost.typeCode("p".repeat(30) + "." + "e".repeat(30) + ".press-1")).startsWith("spb-")
			.hasSize(44);
	}

}
