package io.kaiwu.alarm.notification;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelTests {

	private static Channel channel(Severity min, EnumSet<NotifiedEvent> events) {
		return new Channel(UUID.randomUUID(), TenantId.of(UUID.randomUUID()), "班组群", ChannelKind.WECOM,
				"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx&debug=1", null, List.of(),
				NoticeLanguage.BOTH, min, events, true, Instant.EPOCH, Instant.EPOCH);
	}

	@Test
	void aChannelForMajorAlarmsTakesCriticalAndMajorButNotMinor() {
		Channel major = channel(Severity.MAJOR, EnumSet.of(NotifiedEvent.RAISED));
		assertThat(major.wants(NotifiedEvent.RAISED, Severity.CRITICAL)).isTrue();
		assertThat(major.wants(NotifiedEvent.RAISED, Severity.MAJOR)).isTrue();
		assertThat(major.wants(NotifiedEvent.RAISED, Severity.MINOR)).isFalse();
		assertThat(major.wants(NotifiedEvent.CLEARED, Severity.CRITICAL)).isFalse();
	}

	@Test
	void theRobotKeyInTheUrlIsNeverShownNorPrinted() {
		Channel channel = channel(Severity.WARNING, EnumSet.allOf(NotifiedEvent.class));
		assertThat(channel.maskedUrl())
			.isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****&debug=****");
		assertThat(channel.toString()).doesNotContain("693a91f6");
	}

}
