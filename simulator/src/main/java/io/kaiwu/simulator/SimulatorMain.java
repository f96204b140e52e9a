package io.kaiwu.simulator;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar simulator/target/kaiwu-simulator.jar [--name=value ...]}: runs the
 * demo plant against a broker (and, with their outlets, as an OPC UA and a Modbus TCP
 * server) until it is stopped. Options: see {@link SimulatorOptions} and
 * docs/simulator.md.
 */
public final class SimulatorMain {

	private SimulatorMain() {
	}

	public static void main(String[] args) throws Exception {
		SimulatorOptions options;
		try {
			options = SimulatorOptions.parse(List.of(args), System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		VirtualFactory plant = VirtualFactory.demoPlant(options.seed(), options.start(), options.scheduledFaults());
		Simulator simulator = Simulator.start(plant, Outlets.standard(), options.outletSettings(), options.period(),
				options.acceleration());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			simulator.close();
			stopped.countDown();
		}, "kaiwu-sim-shutdown"));
		stopped.await();
	}

}
