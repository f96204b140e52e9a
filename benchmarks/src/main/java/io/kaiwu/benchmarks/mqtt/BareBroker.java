package io.kaiwu.benchmarks.mqtt;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.interceptor.publish.PublishInboundInterceptor;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;

/**
 * The baseline of the MQTT ingest benchmark, run as a child JVM: the same embedded HiveMQ
 * CE release that Kaiwu embeds, with the configuration Kaiwu writes (one TCP listener,
 * file persistence), and instead of Kaiwu's device gate a bare in-process subscriber: an
 * inbound-publish interceptor that copies each payload (as the device gate does) and
 * counts it, storing nothing, and lets every client in. Prints {@code ready} when it
 * listens, then {@code received <messages>} for every line it reads on standard input.
 * <p>
 * {@code java -cp benchmarks.jar io.kaiwu.benchmarks.mqtt.BareBroker <port> <directory>}
 */
public final class BareBroker {

	private BareBroker() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path directory = Path.of(args[1]).toAbsolutePath();
		Path conf = Files.createDirectories(directory.resolve("conf"));
		Files.writeString(conf.resolve("config.xml"), """
				<?xml version="1.0"?>
				<hivemq>
				    <listeners>
				        <tcp-listener>
				            <port>%d</port>
				            <bind-address>127.0.0.1</bind-address>
				            <name>bare</name>
				        </tcp-listener>
				    </listeners>
				    <persistence>
				        <mode>file</mode>
				    </persistence>
				    <anonymous-usage-statistics>
				        <enabled>false</enabled>
				    </anonymous-usage-statistics>
				</hivemq>
				""".formatted(port), StandardCharsets.UTF_8);
		LongAdder received = new LongAdder();
		EmbeddedHiveMQ broker = EmbeddedHiveMQ.builder()
			.withConfigurationFolder(conf)
			.withDataFolder(Files.createDirectories(directory.resolve("data")))
			.withExtensionsFolder(Files.createDirectories(directory.resolve("extensions")))
			.withEmbeddedExtension(EmbeddedExtension.builder()
				.withId("bare-subscriber")
				.withName("Counts and stores nothing")
				.withVersion("1")
				.withPriority(1000)
				.withStartPriority(1000)
				.withExtensionMain(new Counting(received))
				.build())
			.build();
		broker.start().get(60, TimeUnit.SECONDS);
		System.out.println("ready");
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		while (in.readLine() != null) {
			System.out.println("received " + received.sum());
		}
		broker.stop().get(30, TimeUnit.SECONDS);
		System.exit(0);
	}

	private record Counting(LongAdder received) implements ExtensionMain {

		@Override
		public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
			SimpleAuthenticator everyone = (in, out) -> out.authenticateSuccessfully();
			Services.securityRegistry().setAuthenticatorProvider((in) -> everyone);
			PublishInboundInterceptor count = (in, out) -> {
				ByteBuffer payload = in.getPublishPacket().getPayload().orElse(ByteBuffer.allocate(0));
				byte[] copy = new byte[payload.remaining()];
				payload.asReadOnlyBuffer().get(copy);
				this.received.increment();
			};
			Services.initializerRegistry()
				.setClientInitializer((init, client) -> client.addPublishInboundInterceptor(count));
		}

		@Override
		public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
		}

	}

}
