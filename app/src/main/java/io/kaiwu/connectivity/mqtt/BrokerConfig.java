package io.kaiwu.connectivity.mqtt;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes HiveMQ's {@code config.xml} from Kaiwu's settings: the plain listener (unless
 * TLS only), the TLS listener when enabled, and the persistence mode.
 */
final class BrokerConfig {

	private BrokerConfig() {
	}

	/**
	 * The configuration file's text.
	 * @param plainPort the plain listener's port, {@code -1} for none.
	 * @param tlsPort the TLS listener's port, {@code -1} for none.
	 */
	static String xml(MqttSettings settings, MqttTlsSettings tls, int plainPort, int tlsPort) {
		StringBuilder listeners = new StringBuilder();
		String bind = escape(settings.bindAddress());
		if (plainPort >= 0) {
			listeners.append("""
					        <tcp-listener>
					            <port>%d</port>
					            <bind-address>%s</bind-address>
					            <name>kaiwu-mqtt</name>
					        </tcp-listener>
					""".formatted(plainPort, bind));
		}
		if (tlsPort >= 0) {
			Path keystore = Objects.requireNonNull(tls.keystore()).toAbsolutePath();
			listeners.append("""
					        <tls-tcp-listener>
					            <port>%d</port>
					            <bind-address>%s</bind-address>
					            <name>kaiwu-mqtts</name>
					            <tls>
					                <keystore>
					                    <path>%s</path>
					                    <password>%s</password>
					                    <private-key-password>%s</private-key-password>
					                </keystore>
					                <client-authentication-mode>NONE</client-authentication-mode>
					            </tls>
					        </tls-tcp-listener>
					""".formatted(tlsPort, bind, escape(keystore.toString()), escape(tls.keystorePassword()),
					escape(tls.privateKeyPassword())));
		}
		return """
				<?xml version="1.0"?>
				<!-- written by Kaiwu at every start from kaiwu.mqtt.*; edits here are overwritten -->
				<hivemq>
				    <listeners>
				%s    </listeners>
				    <persistence>
				        <mode>%s</mode>
				    </persistence>
				    <anonymous-usage-statistics>
				        <enabled>false</enabled>
				    </anonymous-usage-statistics>
				</hivemq>
				""".formatted(listeners, settings.persistence());
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
