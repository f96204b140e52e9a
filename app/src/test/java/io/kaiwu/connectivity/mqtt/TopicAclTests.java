package io.kaiwu.connectivity.mqtt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicAclTests {

	@Test
	void aDevicePublishesOnlyToItsOwnTopics() {
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1/telemetry")).isTrue();
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1/events")).isTrue();
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1/commands/42/reply")).isTrue();

		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-2/telemetry")).as("another device").isFalse();
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1/commands/42")).as("a command itself").isFalse();
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1/commands//reply")).isFalse();
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1/telemetry/extra")).isFalse();
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1")).isFalse();
		assertThat(TopicAcl.mayPublish("cnc-1", "other/cnc-1/telemetry")).isFalse();
		assertThat(TopicAcl.mayPublish("cnc-1", "/kaiwu/cnc-1/telemetry")).isFalse();
		assertThat(TopicAcl.mayPublish("cnc-1", "kaiwu/cnc-1/Telemetry")).as("case matters").isFalse();
	}

	@Test
	void aDeviceSubscribesOnlyToItsCommands() {
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-1/commands/#")).isTrue();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-1/commands/+")).isTrue();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-1/commands/start")).isTrue();

		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-2/commands/#")).as("another device").isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/+/commands/#")).isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/#")).isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "#")).isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-1/#")).isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-1/telemetry")).isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-1/commands/#/x")).isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "kaiwu/cnc-1/commands/a#")).isFalse();
		assertThat(TopicAcl.maySubscribe("cnc-1", "$share/g/kaiwu/cnc-1/commands/#")).isFalse();
	}

	@Test
	void keysWithWildcardsOrSlashesGetNothing() {
		assertThat(TopicAcl.mayPublish("+", "kaiwu/+/telemetry")).isFalse();
		assertThat(TopicAcl.maySubscribe("#", "kaiwu/#/commands/#")).isFalse();
		assertThat(TopicAcl.mayPublish("", "kaiwu//telemetry")).isFalse();
	}

	@Test
	void telemetryTopicsNameTheirDevice() {
		assertThat(TopicAcl.telemetryDevice("kaiwu/cnc-1/telemetry")).contains("cnc-1");
		assertThat(TopicAcl.telemetryDevice(TopicAcl.telemetryTopic("imm-7"))).contains("imm-7");
		assertThat(TopicAcl.telemetryDevice("kaiwu/cnc-1/events")).isEmpty();
		assertThat(TopicAcl.telemetryDevice("kaiwu/cnc-1/telemetry/x")).isEmpty();
	}

}
