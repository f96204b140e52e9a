package io.kaiwu.connectivity.web;

import java.util.List;
import java.util.OptionalInt;

import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.rate.MessageRate;
import io.kaiwu.connectivity.rate.MessageRates;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The connectors page: what every connector is doing right now. */
@Controller
@PreAuthorize("hasRole('ENGINEER')")
class ConnectorsPageController {

	/**
	 * One card.
	 *
	 * @param status the connector's snapshot.
	 * @param rate its messages per second over the last minute.
	 * @param port the port devices connect to (as text, not a grouped number),
	 * {@literal null} when it does not run.
	 * @param title the heading of a connector defined at run time, {@literal null} for a
	 * built-in one (its heading is a message).
	 */
	record Card(ConnectorStatus status, MessageRate rate, @Nullable String port, @Nullable String title) {

		/**
		 * The message key of the state, for example {@code connectivity.state.running}.
		 */
		public String stateKey() {
			return "connectivity.state." + this.status.state().name().toLowerCase(java.util.Locale.ROOT);
		}

		/**
		 * The kind of connector, the name up to a colon: {@code mqtt}, or {@code modbus}
		 * for {@code modbus:line-1}.
		 */
		public String kind() {
			String name = this.status.connector();
			int colon = name.indexOf(':');
			return (colon < 0) ? name : name.substring(0, colon);
		}

		/** The instance of a kind, after the colon; empty for a single connector. */
		public String instance() {
			String name = this.status.connector();
			int colon = name.indexOf(':');
			return (colon < 0) ? "" : name.substring(colon + 1);
		}

	}

	private final VisibleConnectors connectors;

	private final MessageRates rates;

	ConnectorsPageController(VisibleConnectors connectors, MessageRates rates) {
		this.connectors = connectors;
		this.rates = rates;
	}

	@GetMapping("/connectors")
	String connectors(Model model) {
		List<Card> cards = this.connectors.now().stream().map((c) -> {
			OptionalInt port = c.port();
			return new Card(c.status(), this.rates.of(c), port.isPresent() ? Integer.toString(port.getAsInt()) : null,
					c.displayName());
		}).toList();
		model.addAttribute("cards", cards);
		return "connectivity/connectors";
	}

}
