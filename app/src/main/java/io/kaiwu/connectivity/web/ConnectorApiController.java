package io.kaiwu.connectivity.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.rate.MessageRate;
import io.kaiwu.connectivity.rate.MessageRates;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The connectors page as JSON: every built-in connector and the tenant's own OPC UA and
 * Modbus connections, with their state, counts, message rates and last error.
 */
@RestController
@PreAuthorize("hasRole('ENGINEER')")
class ConnectorApiController {

	/**
	 * One connector.
	 *
	 * @param connector its name, for example {@code mqtt} or {@code modbus:line-1}.
	 * @param title the heading of a connection, {@literal null} for a built-in connector.
	 * @param receivedPerSecond messages received per second over the last minute.
	 * @param rejectedPerSecond messages rejected per second over the last minute.
	 * @param rateSeconds the seconds the rates cover (up to 60; 0 before the second
	 * sample, taken every 5 seconds).
	 */
	record ConnectorView(String connector, @Nullable String title, String state, int connectedClients,
			long messagesReceived, long messagesRejected, double receivedPerSecond, double rejectedPerSecond,
			long rateSeconds, @Nullable String lastError, @Nullable OffsetDateTime lastErrorAt,
			@Nullable Integer port) {
	}

	private final VisibleConnectors connectors;

	private final MessageRates rates;

	ConnectorApiController(VisibleConnectors connectors, MessageRates rates) {
		this.connectors = connectors;
		this.rates = rates;
	}

	@GetMapping("/api/v1/connectors")
	List<ConnectorView> list() {
		return this.connectors.now().stream().map(this::view).toList();
	}

	private ConnectorView view(Connector connector) {
		ConnectorStatus s = connector.status();
		MessageRate rate = this.rates.of(connector);
		OptionalInt port = connector.port();
		return new ConnectorView(s.connector(), connector.displayName(), s.state().name(), s.connectedClients(),
				s.messagesReceived(), s.messagesRejected(), rate.receivedPerSecond(), rate.rejectedPerSecond(),
				rate.over().toSeconds(), s.lastError(),
				(s.lastErrorAt() != null) ? s.lastErrorAt().atOffset(ZoneOffset.UTC) : null,
				port.isPresent() ? port.getAsInt() : null);
	}

}
