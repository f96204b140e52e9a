package io.kaiwu.simulator.opcua;

import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaiwu.simulator.CommandSink;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;

/**
 * A device's {@code invoke(service, params)} method: {@code service} is a service of the
 * device's thing model, {@code params} its parameters as a JSON object; it answers
 * {@code ok} (Boolean) and {@code message} (String) from the {@link CommandSink}.
 */
final class InvokeMethod extends AbstractMethodInvocationHandler {

	static final String NAME = "invoke";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Argument SERVICE = new Argument("service", NodeIds.String, -1, null,
			LocalizedText.english("The service identifier of the thing model"));

	private static final Argument PARAMS = new Argument("params", NodeIds.String, -1, null,
			LocalizedText.english("The parameters as a JSON object"));

	private static final Argument OK = new Argument("ok", NodeIds.Boolean, -1, null,
			LocalizedText.english("Whether the device accepted the command"));

	private static final Argument MESSAGE = new Argument("message", NodeIds.String, -1, null,
			LocalizedText.english("Why not, or a short confirmation"));

	private final String deviceKey;

	private final CommandSink commands;

	InvokeMethod(UaMethodNode node, String deviceKey, CommandSink commands) {
		super(node);
		this.deviceKey = deviceKey;
		this.commands = commands;
	}

	@Override
	public Argument[] getInputArguments() {
		return new Argument[] { SERVICE, PARAMS };
	}

	@Override
	public Argument[] getOutputArguments() {
		return new Argument[] { OK, MESSAGE };
	}

	@Override
	protected Variant[] invoke(InvocationContext context, Variant[] inputs) throws UaException {
		String service = (String) inputs[0].getValue();
		String params = (String) inputs[1].getValue();
		if (service == null || service.isBlank()) {
			throw new UaException(StatusCodes.Bad_InvalidArgument, "service is empty");
		}
		Map<String, Object> parsed;
		try {
			parsed = (params == null || params.isBlank()) ? Map.of()
					: JSON.readValue(params, new TypeReference<Map<String, Object>>() {
					});
		}
		catch (JacksonException ex) {
			throw new UaException(StatusCodes.Bad_InvalidArgument, "params is not a JSON object");
		}
		CommandSink.CommandOutcome outcome = this.commands.apply(this.deviceKey, service, parsed);
		return new Variant[] { new Variant(outcome.ok()), new Variant(outcome.message()) };
	}

}
