package io.kaiwu.equipment.web;

import io.kaiwu.shared.LiveStreams;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The streams of the open equipment boards, as a bean so they end when Kaiwu stops. */
@Configuration(proxyBeanMethods = false)
class LiveBoardStreams {

	@Bean
	LiveStreams<LiveBoard.Watched> boardStreams() {
		return new LiveStreams<>("kaiwu-live-board", LiveBoard.MAX_PER_TENANT, LiveBoard.TIMEOUT);
	}

}
