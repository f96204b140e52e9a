package io.kaiwu.simulator.modbus;

import java.util.ArrayList;
import java.util.List;

import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import io.kaiwu.simulator.ValueType;

/**
 * The fixed register layout of one simulated device, derived from its property list in
 * order (all addresses 0-based, all words big-endian, ABCD):
 * <ul>
 * <li>holding registers from 0, and the same values mirrored in input registers at the
 * same addresses: DOUBLE as float32 (2 registers), LONG as int32 (2 registers, wrapping
 * like a 32-bit counter), TEXT as an int16 index into {@link #STATES} (1 register, -1 for
 * a text not in the list);</li>
 * <li>coils from 0 and the same bits in discrete inputs: BOOLEAN, one bit each;</li>
 * <li>the command block: holding registers from {@link #COMMAND_BASE}, per service of the
 * device's kind, in order, two registers (float32) per parameter; writing a service's
 * last register calls it with all its parameters.</li>
 * </ul>
 */
public final class ModbusLayout {

	/** The first holding register of the command block. */
	public static final int COMMAND_BASE = 1000;

	/**
	 * The order of a TEXT property's values (machine states): the register holds the
	 * index.
	 */
	public static final List<String> STATES = List.of("running", "idle", "setup", "down");

	/**
	 * Where one property lives.
	 *
	 * @param property the property.
	 * @param address the first register (or the bit) address.
	 * @param words registers it takes; 0 for a bit.
	 */
	public record Slot(SimulatedProperty property, int address, int words) {
	}

	/**
	 * Where one service's parameters live.
	 *
	 * @param service the service.
	 * @param address its first holding register.
	 */
	public record CommandSlot(ServiceRegisters service, int address) {

		/** The holding register whose write calls the service. */
		public int lastAddress() {
			return this.address + 2 * this.service.parameters().size() - 1;
		}

	}

	private final SimulatedDevice device;

	private final int unitId;

	private final List<Slot> registers;

	private final List<Slot> bits;

	private final List<CommandSlot> commands;

	private ModbusLayout(SimulatedDevice device, int unitId, List<Slot> registers, List<Slot> bits,
			List<CommandSlot> commands) {
		this.device = device;
		this.unitId = unitId;
		this.registers = List.copyOf(registers);
		this.bits = List.copyOf(bits);
		this.commands = List.copyOf(commands);
	}

	/**
	 * Lays a device out.
	 * @param device the device.
	 * @param unitId its unit id (1..247).
	 * @param services the services of its kind that take commands over Modbus.
	 */
	public static ModbusLayout of(SimulatedDevice device, int unitId, List<ServiceRegisters> services) {
		List<Slot> registers = new ArrayList<>();
		List<Slot> bits = new ArrayList<>();
		int address = 0;
		for (SimulatedProperty property : device.properties()) {
			switch (property.type()) {
				case BOOLEAN -> bits.add(new Slot(property, bits.size(), 0));
				case TEXT -> {
					registers.add(new Slot(property, address, 1));
					address += 1;
				}
				case DOUBLE, LONG -> {
					registers.add(new Slot(property, address, 2));
					address += 2;
				}
			}
		}
		if (address > COMMAND_BASE) {
			throw new IllegalArgumentException(
					"Device " + device.key() + " has more registers than fit below " + COMMAND_BASE + ": " + address);
		}
		List<CommandSlot> commands = new ArrayList<>();
		int command = COMMAND_BASE;
		for (ServiceRegisters service : services) {
			commands.add(new CommandSlot(service, command));
			command += 2 * service.parameters().size();
		}
		return new ModbusLayout(device, unitId, registers, bits, commands);
	}

	public SimulatedDevice device() {
		return this.device;
	}

	public int unitId() {
		return this.unitId;
	}

	/** The register properties (DOUBLE, LONG, TEXT) with their addresses. */
	public List<Slot> registers() {
		return this.registers;
	}

	/** The bit properties (BOOLEAN) with their addresses. */
	public List<Slot> bits() {
		return this.bits;
	}

	public List<CommandSlot> commands() {
		return this.commands;
	}

	/** Registers below the command block that hold values. */
	int registerCount() {
		return this.registers.isEmpty() ? 0 : this.registers.get(this.registers.size() - 1).address()
				+ this.registers.get(this.registers.size() - 1).words();
	}

	/** The last command register plus one, or 0 without commands. */
	int commandEnd() {
		return this.commands.isEmpty() ? 0 : this.commands.get(this.commands.size() - 1).lastAddress() + 1;
	}

	/**
	 * The matching Kaiwu register map: readings from the input registers and discrete
	 * inputs, commands to the command block (property {@code service.parameter}).
	 */
	public List<RegisterEntry> registerMap() {
		List<RegisterEntry> map = new ArrayList<>();
		String key = this.device.key();
		for (Slot slot : this.registers) {
			String type = switch (slot.property().type()) {
				case DOUBLE -> "float32";
				case LONG -> "int32";
				default -> "int16";
			};
			map.add(new RegisterEntry(key, slot.property().identifier(), this.unitId, ModbusTable.INPUT_REGISTER,
					slot.address(), type, "ABCD", 1, 0));
		}
		for (Slot slot : this.bits) {
			map.add(new RegisterEntry(key, slot.property().identifier(), this.unitId, ModbusTable.DISCRETE_INPUT,
					slot.address(), "bool", "ABCD", 1, 0));
		}
		for (CommandSlot slot : this.commands) {
			int address = slot.address();
			for (String parameter : slot.service().parameters()) {
				map.add(new RegisterEntry(key, slot.service().service() + "." + parameter, this.unitId,
						ModbusTable.HOLDING_REGISTER, address, "float32", "ABCD", 1, 0));
				address += 2;
			}
		}
		return map;
	}

	/** The register words of a value, big-endian (ABCD). */
	static int[] words(ValueType type, Object value) {
		return switch (type) {
			case DOUBLE -> {
				int bits = Float.floatToIntBits(((Number) value).floatValue());
				yield new int[] { (bits >>> 16) & 0xFFFF, bits & 0xFFFF };
			}
			case LONG -> {
				long v = ((Number) value).longValue();
				yield new int[] { (int) ((v >>> 16) & 0xFFFF), (int) (v & 0xFFFF) };
			}
			case TEXT -> new int[] { STATES.indexOf(String.valueOf(value)) & 0xFFFF };
			case BOOLEAN -> throw new IllegalArgumentException("A BOOLEAN has no register words");
		};
	}

}
