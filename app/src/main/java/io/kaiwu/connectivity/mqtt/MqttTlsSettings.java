package io.kaiwu.connectivity.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;
import java.util.Objects;

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

	/**
	 * Opens the key store and its first private key with the passwords, so that a wrong
	 * file or password stops the start with a clear message rather than leaving the
	 * broker without its TLS listener.
	 * @throws IllegalStateException when that fails.
	 */
	void checkKeystore() {
		Path path = Objects.requireNonNull(this.keystore);
		try (InputStream in = Files.newInputStream(path)) {
			// PKCS#12, the default type, also reads JKS files (keystore.type.compat)
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(in, this.keystorePassword.toCharArray());
			String alias = Collections.list(store.aliases())
				.stream()
				.filter((a) -> isKey(store, a))
				.findFirst()
				.orElseThrow(() -> new GeneralSecurityException("it holds no private key"));
			if (store.getKey(alias, privateKeyPassword().toCharArray()) == null) {
				throw new GeneralSecurityException("its key " + alias + " cannot be read");
			}
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot use the MQTT TLS key store " + path.toAbsolutePath() + ": "
					+ ex.getMessage() + " (kaiwu.mqtt.tls.keystore, KAIWU_MQTT_TLS_KEYSTORE and its password)", ex);
		}
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (KeyStoreException ex) {
			return false;
		}
	}

	/** The password of the private key. */
	String privateKeyPassword() {
		return this.keyPassword.isEmpty() ? this.keystorePassword : this.keyPassword;
	}

}
