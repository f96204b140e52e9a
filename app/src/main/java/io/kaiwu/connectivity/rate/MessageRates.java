package io.kaiwu.connectivity.rate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorSource;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.sparkplug.EdgeNode;
import io.kaiwu.connectivity.sparkplug.SparkplugHost;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Samples the counts of every connector (of every tenant) and of every Sparkplug edge
 * node with a session every 5 seconds, and tells their message rates over the last
 * minute. A connector is known by the object itself, so a connection started again (a new
 * runtime) starts a new ring, and two tenants' connections of the same name never mix.
 */
@Component
public class MessageRates {

	/** How far back a rate looks. */
	static final Duration WINDOW = Duration.ofMinutes(1);

	/** The time between samples. */
	static final Duration INTERVAL = Duration.ofSeconds(5);

	private static final int CAPACITY = (int) (WINDOW.toSeconds() / INTERVAL.toSeconds()) + 1;

	private final ObjectProvider<Connector> connectors;

	private final ObjectProvider<ConnectorSource> sources;

	private final ObjectProvider<SparkplugHost> sparkplug;

	private final Clock clock = Clock.systemUTC();

	/** a {@link Connector}, or the id of an edge node → its ring. */
	private final Map<Object, CounterRing> rings = new ConcurrentHashMap<>();

	MessageRates(ObjectProvider<Connector> connectors, ObjectProvider<ConnectorSource> sources,
			ObjectProvider<SparkplugHost> sparkplug) {
		this.connectors = connectors;
		this.sources = sources;
		this.sparkplug = sparkplug;
	}

	/** Takes a sample of every connector's and edge node's counts now. */
	@Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = TimeUnit.SECONDS)
	public void sample() {
		sample(this.clock.instant());
	}

	synchronized void sample(Instant now) {
		Map<Object, CounterRing.Sample> samples = new HashMap<>();
		this.connectors.orderedStream().forEach((c) -> samples.put(c, sampleOf(c, now)));
		this.sources.orderedStream()
			.flatMap((s) -> s.connectorsOfAllTenants().stream())
			.forEach((c) -> samples.put(c, sampleOf(c, now)));
		SparkplugHost host = this.sparkplug.getIfAvailable();
		if (host != null) {
			host.messagesByEdgeNode().forEach((id, count) -> samples.put(id, new CounterRing.Sample(now, count, 0)));
		}
		this.rings.keySet().retainAll(samples.keySet());
		samples.forEach(
				(key, sample) -> this.rings.computeIfAbsent(key, (k) -> new CounterRing(WINDOW, CAPACITY)).add(sample));
	}

	/** A connector's rate; {@link MessageRate#NONE} before its second sample. */
	public MessageRate of(Connector connector) {
		return rateOf(connector);
	}

	/** An edge node's rate; {@link MessageRate#NONE} before its second sample. */
	public MessageRate of(EdgeNode node) {
		return rateOf(node.id());
	}

	private MessageRate rateOf(Object key) {
		CounterRing ring = this.rings.get(key);
		return (ring != null) ? ring.rate() : MessageRate.NONE;
	}

	private static CounterRing.Sample sampleOf(Connector connector, Instant now) {
		ConnectorStatus status = connector.status();
		return new CounterRing.Sample(now, status.messagesReceived(), status.messagesRejected());
	}

}
