package io.kaiwu.simulator.opcua;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Outlet;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The virtual factory's OPC UA server. Address space (namespace {@value #NAMESPACE_URI},
 * index 2 — the first namespace after the standard and the server's own):
 * <ul>
 * <li>{@code ns=2;s=<deviceKey>} — a folder per device under Objects;</li>
 * <li>{@code ns=2;s=<deviceKey>/<property>} — a read-only variable per property (Double,
 * Int64, Boolean or String), its source timestamp the sample's time;</li>
 * <li>{@code ns=2;s=<deviceKey>/invoke} — a method {@code invoke(service: String,
 * params: String JSON) -> (ok: Boolean, message: String)} handed to the
 * {@link CommandSink}.</li>
 * </ul>
 * Endpoint {@code opc.tcp://<host>:<port>/kaiwu} with security None, and Basic256Sha256
 * with Sign or SignAndEncrypt (a self-signed certificate made at start, kept in memory;
 * every client certificate is accepted). Identity: anonymous, or the configured user name
 * and password. For tests it can fake faults: {@link #setStatus} marks a variable
 * uncertain or bad, {@link #stop} and {@link #restart} take the server away and back on
 * the same port.
 */
public class OpcUaOutlet implements Outlet {

	/** The namespace of the simulator's nodes. */
	public static final String NAMESPACE_URI = "urn:kaiwu:simulator";

	/**
	 * The index of {@link #NAMESPACE_URI} in the server: the first one after the standard
	 * ones.
	 */
	public static final int NAMESPACE_INDEX = 2;

	/** The path of the endpoint URL. */
	public static final String PATH = "/kaiwu";

	private static final Logger log = LoggerFactory.getLogger(OpcUaOutlet.class);

	private static final String APPLICATION_URI = "urn:kaiwu:simulator:opcua";

	/** A variable's status as the server reports it. */
	public enum Status {

		GOOD(StatusCode.GOOD), UNCERTAIN(StatusCode.UNCERTAIN), BAD(StatusCode.BAD);

		private final StatusCode code;

		Status(StatusCode code) {
			this.code = code;
		}

	}

	/**
	 * How the server is reached.
	 *
	 * @param port the TCP port, 0 for a free one.
	 * @param bindAddress the address to listen on.
	 * @param username the user that may sign in with a password (besides anonymous).
	 * @param password that user's password.
	 */
	public record Settings(int port, String bindAddress, String username, String password) {

		/**
		 * From the environment: {@code KAIWU_SIM_OPCUA_PORT} (4840),
		 * {@code KAIWU_SIM_OPCUA_BIND} (127.0.0.1), {@code KAIWU_SIM_OPCUA_USER} (kaiwu)
		 * and {@code KAIWU_SIM_OPCUA_PASSWORD} (kaiwu).
		 */
		public static Settings fromEnvironment() {
			return new Settings(Integer.parseInt(env("KAIWU_SIM_OPCUA_PORT", "4840")),
					env("KAIWU_SIM_OPCUA_BIND", "127.0.0.1"), env("KAIWU_SIM_OPCUA_USER", "kaiwu"),
					env("KAIWU_SIM_OPCUA_PASSWORD", "kaiwu"));
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

	}

	private final Settings settings;

	private final Map<String, DataValue> values = new ConcurrentHashMap<>();

	private final Map<String, Status> statuses = new ConcurrentHashMap<>();

	private List<SimulatedDevice> devices = List.of();

	private CommandSink commands = (key, service, params) -> new CommandSink.CommandOutcome(false, "not started");

	private @Nullable ServerCertificate certificate;

	private int boundPort;

	private volatile @Nullable Running running;

	private record Running(OpcUaServer server, SimulatorNamespace namespace) {
	}

	public OpcUaOutlet(Settings settings) {
		this.settings = settings;
	}

	/** The id (the {@code s=} part) of a property's variable. */
	public static String nodeKey(String deviceKey, String property) {
		return deviceKey + "/" + property;
	}

	@Override
	public Protocol protocol() {
		return Protocol.OPC_UA;
	}

	@Override
	public synchronized void start(List<SimulatedDevice> devices, CommandSink commands) throws Exception {
		this.devices = List.copyOf(devices);
		this.commands = commands;
		this.boundPort = (this.settings.port() == 0) ? freePort() : this.settings.port();
		this.certificate = ServerCertificate.generate(APPLICATION_URI, hostname());
		open();
	}

	/** The port the server listens on (chosen at start when configured as 0). */
	public int boundPort() {
		return this.boundPort;
	}

	/** The endpoint URL clients connect to. */
	public String endpointUrl() {
		return "opc.tcp://" + hostname() + ":" + this.boundPort + PATH;
	}

	/** Whether the server runs now. */
	public boolean running() {
		return this.running != null;
	}

	@Override
	public void publish(List<Sample> samples) {
		for (Sample sample : samples) {
			DateTime at = new DateTime(sample.at());
			sample.values().forEach((property, value) -> {
				String key = nodeKey(sample.deviceKey(), property);
				update(key, new DataValue(new Variant(normalized(value)), status(key), at, DateTime.now()));
			});
		}
	}

	/**
	 * Sets the status of a variable, at once and for the values published after, until
	 * set back to {@link Status#GOOD}.
	 */
	public void setStatus(String deviceKey, String property, Status status) {
		String key = nodeKey(deviceKey, property);
		this.statuses.put(key, status);
		DataValue current = this.values.get(key);
		Variant value = (current != null) ? current.getValue() : Variant.NULL_VALUE;
		update(key, new DataValue(value, status.code, new DateTime(Instant.now()), DateTime.now()));
	}

	/** Shuts the server down (a fault for tests); {@link #restart} brings it back. */
	public synchronized void stop() {
		Running current = this.running;
		this.running = null;
		if (current == null) {
			return;
		}
		try {
			current.namespace().shutdown();
			current.server().shutdown().get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("The OPC UA server did not shut down cleanly", ex);
		}
	}

	/** Starts the server again on the same port with the same certificate and values. */
	public synchronized void restart() throws Exception {
		if (this.running == null) {
			open();
		}
	}

	@Override
	public void close() {
		stop();
	}

	private void open() throws Exception {
		ServerCertificate cert = this.certificate;
		if (cert == null) {
			throw new IllegalStateException("not started");
		}
		UsernameIdentityValidator users = new UsernameIdentityValidator(
				(challenge) -> this.settings.username().equals(challenge.getUsername())
						&& this.settings.password().equals(challenge.getPassword()));
		OpcUaServerConfig config = OpcUaServerConfig.builder()
			.setApplicationUri(APPLICATION_URI)
			.setApplicationName(LocalizedText.english("Kaiwu virtual factory"))
			.setProductUri("urn:kaiwu:simulator")
			.setEndpoints(endpoints(cert))
			.setCertificateManager(cert.manager())
			.setIdentityValidator(new CompositeValidator(AnonymousIdentityValidator.INSTANCE, users))
			.build();
		OpcTcpServerTransportConfig transport = OpcTcpServerTransportConfig.newBuilder().build();
		OpcUaServer server = new OpcUaServer(config, (profile) -> new OpcTcpServerTransport(transport));
		SimulatorNamespace namespace = new SimulatorNamespace(server, this.devices, this.values, this.commands);
		namespace.startup();
		server.startup().get(10, TimeUnit.SECONDS);
		this.running = new Running(server, namespace);
		log.info("OPC UA server of the virtual factory at {}", endpointUrl());
	}

	private Set<EndpointConfig> endpoints(ServerCertificate cert) {
		EndpointConfig.Builder base = EndpointConfig.newBuilder()
			.setBindAddress(this.settings.bindAddress())
			.setBindPort(this.boundPort)
			.setHostname(hostname())
			.setPath(PATH)
			.setCertificate(cert.certificate())
			.addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS,
					OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME);
		Set<EndpointConfig> endpoints = new LinkedHashSet<>();
		endpoints
			.add(base.copy().setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None).build());
		endpoints.add(base.copy()
			.setSecurityPolicy(SecurityPolicy.Basic256Sha256)
			.setSecurityMode(MessageSecurityMode.Sign)
			.build());
		endpoints.add(base.copy()
			.setSecurityPolicy(SecurityPolicy.Basic256Sha256)
			.setSecurityMode(MessageSecurityMode.SignAndEncrypt)
			.build());
		return endpoints;
	}

	private void update(String key, DataValue value) {
		this.values.put(key, value);
		Running current = this.running;
		if (current != null) {
			current.namespace().set(key, value);
		}
	}

	private StatusCode status(String key) {
		return this.statuses.getOrDefault(key, Status.GOOD).code;
	}

	private String hostname() {
		String bind = this.settings.bindAddress();
		return ("0.0.0.0".equals(bind) || "::".equals(bind)) ? "localhost" : bind;
	}

	private int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(this.settings.bindAddress()))) {
			return socket.getLocalPort();
		}
	}

	private static Object normalized(Object value) {
		return (value instanceof Integer i) ? Long.valueOf(i) : value;
	}

}
