package io.kaiwu.simulator.opcua;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The simulator's namespace: under Objects a folder per device ({@code s=<deviceKey>})
 * holding a variable per property ({@code s=<deviceKey>/<property>}) and the method
 * {@code s=<deviceKey>/invoke}.
 */
final class SimulatorNamespace extends ManagedNamespaceWithLifecycle {

	private final SubscriptionModel subscriptions;

	private final Map<String, UaVariableNode> variables = new ConcurrentHashMap<>();

	SimulatorNamespace(OpcUaServer server, List<SimulatedDevice> devices, Map<String, DataValue> values,
			CommandSink commands) {
		super(server, OpcUaOutlet.NAMESPACE_URI);
		this.subscriptions = new SubscriptionModel(server, this);
		getLifecycleManager().addLifecycle(this.subscriptions);
		getLifecycleManager().addStartupTask(() -> {
			for (SimulatedDevice device : devices) {
				addDevice(device, values, commands);
			}
		});
	}

	/** Sets a variable's value; ignored for unknown node ids. */
	void set(String nodeKey, DataValue value) {
		UaVariableNode node = this.variables.get(nodeKey);
		if (node != null) {
			node.setValue(value);
		}
	}

	private void addDevice(SimulatedDevice device, Map<String, DataValue> values, CommandSink commands) {
		UaFolderNode folder = new UaFolderNode(getNodeContext(), newNodeId(device.key()),
				newQualifiedName(device.key()), LocalizedText.english(device.key()));
		getNodeManager().addNode(folder);
		folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
				Reference.Direction.INVERSE));
		for (SimulatedProperty property : device.properties()) {
			String key = OpcUaOutlet.nodeKey(device.key(), property.identifier());
			UaVariableNode variable = UaVariableNode.builder(getNodeContext())
				.setNodeId(newNodeId(key))
				.setBrowseName(newQualifiedName(property.identifier()))
				.setDisplayName(LocalizedText.english(property.identifier()))
				.setDataType(dataType(property))
				.setAccessLevel(AccessLevel.CurrentRead)
				.setUserAccessLevel(AccessLevel.CurrentRead)
				.setTypeDefinition(NodeIds.BaseDataVariableType)
				.build();
			DataValue value = values.get(key);
			if (value != null) {
				variable.setValue(value);
			}
			getNodeManager().addNode(variable);
			folder.addOrganizes(variable);
			this.variables.put(key, variable);
		}
		UaMethodNode invoke = UaMethodNode.builder(getNodeContext())
			.setNodeId(newNodeId(device.key() + "/" + InvokeMethod.NAME))
			.setBrowseName(newQualifiedName(InvokeMethod.NAME))
			.setDisplayName(LocalizedText.english(InvokeMethod.NAME))
			.build();
		InvokeMethod handler = new InvokeMethod(invoke, device.key(), commands);
		invoke.setInputArguments(handler.getInputArguments());
		invoke.setOutputArguments(handler.getOutputArguments());
		invoke.setInvocationHandler(handler);
		getNodeManager().addNode(invoke);
		folder.addComponent(invoke);
	}

	private static NodeId dataType(SimulatedProperty property) {
		return switch (property.type()) {
			case DOUBLE -> NodeIds.Double;
			case LONG -> NodeIds.Int64;
			case BOOLEAN -> NodeIds.Boolean;
			case TEXT -> NodeIds.String;
		};
	}

	@Override
	public void onDataItemsCreated(List<DataItem> items) {
		this.subscriptions.onDataItemsCreated(items);
	}

	@Override
	public void onDataItemsModified(List<DataItem> items) {
		this.subscriptions.onDataItemsModified(items);
	}

	@Override
	public void onDataItemsDeleted(List<DataItem> items) {
		this.subscriptions.onDataItemsDeleted(items);
	}

	@Override
	public void onMonitoringModeChanged(List<MonitoredItem> items) {
		this.subscriptions.onMonitoringModeChanged(items);
	}

}
