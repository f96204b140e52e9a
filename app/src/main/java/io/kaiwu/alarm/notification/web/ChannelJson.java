package io.kaiwu.alarm.notification.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.alarm.notification.Channel;

/**
 * A channel as REST answers it: the secret never, only whether one is set; the URL
 * masked.
 */
final class ChannelJson {

	private ChannelJson() {
	}

	static Map<String, Object> channel(Channel c) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", c.id());
		json.put("name", c.name());
		json.put("kind", c.kind().name());
		json.put("url", c.maskedUrl());
		json.put("secretSet", c.hasSecret());
		json.put("recipients", c.recipients());
		json.put("language", c.language().name());
		json.put("minSeverity", c.minSeverity().name());
		json.put("events", c.events().stream().map(Enum::name).toList());
		json.put("enabled", c.enabled());
		json.put("createdAt", c.createdAt());
		json.put("updatedAt", c.updatedAt());
		return json;
	}

}
