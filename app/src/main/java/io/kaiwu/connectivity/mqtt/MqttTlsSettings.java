package io.kaiwu.connectivity.mqtt;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MQTT over TLS on the embedded broker (docs/mqtt.md): a second listener beside the plain
 * one, or instead of it.
 *
 * @param enabled whether the TLS listener runs ({@code KAIWU_MQTT_TLS_ENABLED}).
 * @param port its port, 8883 by convention ({@code KAIWU_MQTT_TLS_PORT}); {@code 0} picks
 * a free one.
 * @param only {@code true} leaves the plain listener out: devices must use TLS
 * ({@code KAIWU_MQTT_TLS_ONLY}).
 * @param keystore the server's key and certificate chain, a PKCS#12 or JKS file
 * ({@code KAIWU_MQTT_TLS_KEYSTORE}).
 * @param keystorePassword the key store's password
 * ({@code KAIWU_MQTT_TLS_KEYSTORE_PASSWORD}).
 * @param keyPassword the private key's password; the key store's when empty.
 */
@ConfigurationProperties("kaiwu.mqtt.tls")
public record MqttTlsSettings(@DefaultValue("false") boolean enabled, @DefaultValue("8883") int port,
		@DefaultValue("false") boolean only, @Nullable Path keystore, @DefaultValue("") String keystorePassword,
		@DefaultValue("") String keyPassword) {

	public MqttTlsSettings {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException(
					"kaiwu.mqtt.tls.port (KAIWU_MQTT_TLS_PORT) must be 0..65535, was " + port);
		}
		if (enabled && keystore == null) {
			throw new IllegalArgumentException(
					"kaiwu.mqtt.tls.enabled=true needs kaiwu.mqtt.tls.keystore (KAIWU_MQTT_TLS_KEYSTORE)");
		}
		if (only && !enabled) {
			throw new IllegalArgumentException("kaiwu.mqtt.tls.only=true needs kaiwu.mqtt.tls.enabled=true");
		}
	}

	/** No TLS listener. */
	public static MqttTlsSettings off() {
		return new MqttTlsSettings(false, 8883, false, null, "", "");
	}

	/** The password of the private key. */
	String privateKeyPassword() {
		return this.keyPassword.isEmpty() ? this.keystorePassword : this.keyPassword;
	}

}
