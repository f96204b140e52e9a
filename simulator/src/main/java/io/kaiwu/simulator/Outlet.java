package io.kaiwu.simulator;

import java.util.List;

/**
 * One protocol's way out of the virtual factory. The simulator starts an outlet with the
 * devices that speak its protocol, hands it every tick's samples of those devices, and
 * closes it at the end. An outlet that loses its peer (a broker restart) reconnects on
 * its own and never throws from {@link #publish}.
 */
public interface Outlet extends AutoCloseable {

	/** The protocol this outlet speaks. */
	Protocol protocol();

	/**
	 * Opens the server or connection and announces the devices.
	 * @param devices the devices that speak this protocol.
	 * @param commands where commands received for them go.
	 * @throws Exception when the outlet cannot start (a port in use, a broker down).
	 */
	void start(List<SimulatedDevice> devices, CommandSink commands) throws Exception;

	/**
	 * Carries one tick's samples out (publishes them, or updates the server's values).
	 * @param samples the samples of this outlet's devices.
	 */
	void publish(List<Sample> samples);

	/** Stops the outlet and frees its ports and connections. */
	@Override
	void close();

}
