package io.kaiwu.connectivity.web;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorSource;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
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
	 * @param title the heading of a connector defined at run time, {@literal null} for a
	 * built-in one (its heading is a message).
	 */
	record Card(ConnectorStatus status, @Nullable String port, @Nullable String title) {

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

	private final ObjectProvider<Connector> connectors;

	private final ObjectProvider<ConnectorSource> sources;

	ConnectorsPageController(ObjectProvider<Connector> connectors, ObjectProvider<ConnectorSource> sources) {
		this.connectors = connectors;
		this.sources = sources;
	}

	@GetMapping("/connectors")
	String connectors(Model model) {
		Stream<Connector> dynamic = CurrentPrincipal.find()
			.map(KaiwuPrincipal::tenant)
			.map((tenant) -> this.sources.orderedStream().flatMap((s) -> s.connectors(tenant).stream()))
			.orElseGet(Stream::empty);
		List<Card> cards = Stream.concat(this.connectors.orderedStream(), dynamic).map((c) -> {
			OptionalInt port = c.port();
			return new Card(c.status(), port.isPresent() ? Integer.toString(port.getAsInt()) : null, c.displayName());
		}).toList();
		model.addAttribute("cards", cards);
		return "connectivity/connectors";
	}

}
