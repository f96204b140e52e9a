/**
 * The demo plant (示范工厂的虚拟工厂): when the demo is on ({@code kaiwu.demo.enabled}) and
 * {@code kaiwu.demo-plant.enabled} is true, Kaiwu runs the virtual factory
 * ({@code io.kaiwu.simulator}) in its own process once it has started: the demo devices
 * get fresh secrets through {@link io.kaiwu.device.DeviceRegistry#issueSecret}, and each
 * speaks to Kaiwu over its own protocol, the MQTT JSON devices through the embedded
 * broker ({@link io.kaiwu.connectivity.MqttEndpoint}); the injection moulding machines
 * through an OPC UA connection and the meters through a Modbus TCP connection of the demo
 * tenant to the simulator's own servers, the utilities through a registered Sparkplug B
 * edge node. It stops when Kaiwu shuts down.
 */
@ApplicationModule(allowedDependencies = { "shared", "device", "connectivity", "simulator" })
@NullMarked
package io.kaiwu.demoplant;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
