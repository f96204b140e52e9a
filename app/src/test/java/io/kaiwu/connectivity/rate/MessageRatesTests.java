package io.kaiwu.connectivity.rate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorSource;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.sparkplug.SparkplugHost;
import io.kaiwu.shared.TenantId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class MessageRatesTests {

	static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

	final CountingConnector mqtt = new CountingConnector("mqtt");

	/** Two tenants' Modbus connections may have the same name. */
	final CountingConnector lineOfTenantA = new CountingConnector("modbus:line-1");

	final CountingConnector lineOfTenantB = new CountingConnector("modbus:line-1");

	final List<Connector> connections = new ArrayList<>(List.of(this.lineOfTenantA, this.lineOfTenantB));

	final MessageRates rates;

	MessageRatesTests() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mqtt", this.mqtt);
		beans.addBean("modbus", new ConnectorSource() {

			@Override
			public List<Connector> connectors(TenantId tenant) {
				throw new AssertionError("sampling never asks for one tenant");
			}

			@Override
			public List<Connector> connectorsOfAllTenants() {
				return List.copyOf(MessageRatesTests.this.connections);
			}

		});
		this.rates = new MessageRates(beans.getBeanProvider(Connector.class),
				beans.getBeanProvider(ConnectorSource.class), beans.getBeanProvider(SparkplugHost.class));
	}

	@Test
	void everyConnectorAndConnectionHasItsOwnRate() {
		this.rates.sample(START);
		this.mqtt.received += 600;
		this.mqtt.rejected += 6;
		this.lineOfTenantA.received += 50;
		this.lineOfTenantB.rejected += 10;
		this.rates.sample(START.plusSeconds(5));
		this.mqtt.received += 400;
		this.rates.sample(START.plusSeconds(10));

		assertThat(this.rates.of(this.mqtt)).isEqualTo(new MessageRate(100, 0.6, java.time.Duration.ofSeconds(10)));
		assertThat(this.rates.of(this.lineOfTenantA).receivedPerSecond()).isEqualTo(5.0);
		assertThat(this.rates.of(this.lineOfTenantA).rejectedPerSecond()).isZero();
		assertThat(this.rates.of(this.lineOfTenantB).receivedPerSecond()).isZero();
		assertThat(this.rates.of(this.lineOfTenantB).rejectedPerSecond()).isEqualTo(1.0);
	}

	@Test
	void aConnectionStartedAgainBeginsANewRate() {
		this.rates.sample(START);
		this.lineOfTenantA.received += 100;
		this.rates.sample(START.plusSeconds(5));
		assertThat(this.rates.of(this.lineOfTenantA).receivedPerSecond()).isEqualTo(20.0);

		// saved: the old poller is gone, a new one counts from zero
		CountingConnector restarted = new CountingConnector("modbus:line-1");
		this.connections.set(0, restarted);
		restarted.received = 5;
		this.rates.sample(START.plusSeconds(10));
		assertThat(this.rates.of(this.lineOfTenantA)).isEqualTo(MessageRate.NONE);
		assertThat(this.rates.of(restarted)).isEqualTo(MessageRate.NONE);
		restarted.received = 30;
		this.rates.sample(START.plusSeconds(15));
		assertThat(this.rates.of(restarted).receivedPerSecond()).isEqualTo(5.0);
	}

	/** A connector whose counts the test moves. */
	static final class CountingConnector implements Connector {

		private final String name;

		long received;

		long rejected;

		CountingConnector(String name) {
			this.name = name;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public ConnectorStatus status() {
			return new ConnectorStatus(this.name, ConnectorStatus.State.RUNNING, 0, this.received, this.rejected, null,
					null);
		}

	}

}
