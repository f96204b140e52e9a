package io.kaiwu.connectivity.web;

import java.util.List;
import java.util.stream.Stream;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorSource;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The connectors the signed-in user may see: the built-in ones, then the connections of
 * the user's own tenant (none for a user without a tenant).
 */
@Component
class VisibleConnectors {

	private final ObjectProvider<Connector> connectors;

	private final ObjectProvider<ConnectorSource> sources;

	VisibleConnectors(ObjectProvider<Connector> connectors, ObjectProvider<ConnectorSource> sources) {
		this.connectors = connectors;
		this.sources = sources;
	}

	List<Connector> now() {
		Stream<Connector> ofTenant = CurrentPrincipal.find()
			.map(KaiwuPrincipal::tenant)
			.map((tenant) -> this.sources.orderedStream().flatMap((s) -> s.connectors(tenant).stream()))
			.orElseGet(Stream::empty);
		return Stream.concat(this.connectors.orderedStream(), ofTenant).toList();
	}

}
