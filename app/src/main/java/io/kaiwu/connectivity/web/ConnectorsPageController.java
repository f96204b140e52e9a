package io.kaiwu.connectivity.web;

import java.util.List;
import java.util.OptionalInt;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
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
	 * @param port the port devices connect to (as text, not a grouped number),
	 * {@literal null} when it does not run.
	 */
	record Card(ConnectorStatus status, @Nullable String port) {

		/**
		 * The message key of the state, for example {@code connectivity.state.running}.
		 */
		public String stateKey() {
			return "connectivity.state." + this.status.state().name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final ObjectProvider<Connector> connectors;

	ConnectorsPageController(ObjectProvider<Connector> connectors) {
		this.connectors = connectors;
	}

	@GetMapping("/connectors")
	String connectors(Model model) {
		List<Card> cards = this.connectors.orderedStream().map((c) -> {
			OptionalInt port = c.port();
			return new Card(c.status(), port.isPresent() ? Integer.toString(port.getAsInt()) : null);
		}).toList();
		model.addAttribute("cards", cards);
		return "connectivity/connectors";
	}

}
