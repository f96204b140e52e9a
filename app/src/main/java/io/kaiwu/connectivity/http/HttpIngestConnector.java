package io.kaiwu.connectivity.http;

import java.util.Optional;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.telemetry.HttpIngestCounts;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * HTTP ingest as a connector: it runs whenever Kaiwu's web server runs, and its counts
 * are the ones telemetry keeps ({@link HttpIngestCounts}).
 */
@Component
@Order(20)
class HttpIngestConnector implements Connector {

	private final HttpIngestCounts counts;

	HttpIngestConnector(HttpIngestCounts counts) {
		this.counts = counts;
	}

	@Override
	public String name() {
		return "http";
	}

	@Override
	public ConnectorStatus status() {
		Optional<HttpIngestCounts.LastError> last = this.counts.lastError();
		return new ConnectorStatus(name(), ConnectorStatus.State.RUNNING, 0, this.counts.accepted(),
				this.counts.rejected(), last.map(HttpIngestCounts.LastError::message).orElse(null),
				last.map(HttpIngestCounts.LastError::at).orElse(null));
	}

}
