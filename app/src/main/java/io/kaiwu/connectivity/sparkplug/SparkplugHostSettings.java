package io.kaiwu.connectivity.sparkplug;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Sparkplug B host application's settings (docs/sparkplug.md).
 *
 * @param enabled whether Kaiwu acts as a Sparkplug host on its embedded broker
 * ({@code KAIWU_SPARKPLUG_ENABLED}).
 * @param hostId the host application id of {@code spBv1.0/STATE/{hostId}}
 * ({@code KAIWU_SPARKPLUG_HOST_ID}); edge nodes name it as their primary host.
 */
@ConfigurationProperties("kaiwu.sparkplug")
public record SparkplugHostSettings(@DefaultValue("true") boolean enabled, @DefaultValue("kaiwu") String hostId) {

	public SparkplugHostSettings {
		if (hostId.isEmpty() || hostId.contains("/") || hostId.contains("+") || hostId.contains("#")) {
			throw new IllegalArgumentException("kaiwu.sparkplug.host-id must be non-empty without / + #: " + hostId);
		}
	}

}
