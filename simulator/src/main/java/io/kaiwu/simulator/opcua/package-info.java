/**
 * The virtual factory's OPC UA server (Eclipse Milo): one folder per device, one variable
 * per property, one {@code invoke} method per device. {@link OpcUaOutlet} describes the
 * address space; docs/opcua.md has the node ids.
 */
@NullMarked
package io.kaiwu.simulator.opcua;

import org.jspecify.annotations.NullMarked;
