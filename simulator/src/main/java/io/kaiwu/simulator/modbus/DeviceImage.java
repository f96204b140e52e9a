package io.kaiwu.simulator.modbus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.ghgande.j2mod.modbus.procimg.DigitalIn;
import com.ghgande.j2mod.modbus.procimg.DigitalOut;
import com.ghgande.j2mod.modbus.procimg.IllegalAddressException;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalIn;
import com.ghgande.j2mod.modbus.procimg.SimpleDigitalOut;
import com.ghgande.j2mod.modbus.procimg.SimpleInputRegister;
import com.ghgande.j2mod.modbus.procimg.SimpleProcessImage;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Sample;
import org.jspecify.annotations.Nullable;

/**
 * One device's registers as j2mod serves them. Reads of value registers return a copy
 * taken under the same lock as {@link #update}, so a float32 is never half old, half new.
 * A read or write that touches the faulty range answers exception 2 (illegal data
 * address); so does a command the plant refuses.
 */
class DeviceImage extends SimpleProcessImage {

	/** A range that answers with an exception. */
	record Fault(ModbusTable table, int from, int count) {

		boolean hits(ModbusTable t, int ref, int n) {
			return t == this.table && ref < this.from + this.count && this.from < ref + n;
		}

	}

	private final ModbusLayout layout;

	private final CommandSink sink;

	private final Object lock = new Object();

	private volatile @Nullable Fault fault;

	DeviceImage(ModbusLayout layout, CommandSink sink) {
		super(layout.unitId());
		this.layout = layout;
		this.sink = sink;
		Map<Integer, ModbusLayout.CommandSlot> triggers = new HashMap<>();
		for (ModbusLayout.CommandSlot slot : layout.commands()) {
			triggers.put(slot.lastAddress(), slot);
		}
		int holding = Math.max(layout.registerCount(), layout.commandEnd());
		for (int address = 0; address < holding; address++) {
			ModbusLayout.CommandSlot trigger = triggers.get(address);
			addRegister((trigger != null) ? new CommandWord(trigger) : new SimpleRegister(0));
		}
		for (int address = 0; address < layout.registerCount(); address++) {
			addInputRegister(new SimpleInputRegister(0));
		}
		for (int bit = 0; bit < layout.bits().size(); bit++) {
			addDigitalOut(new SimpleDigitalOut(false));
			addDigitalIn(new SimpleDigitalIn(false));
		}
	}

	void fail(@Nullable Fault fault) {
		this.fault = fault;
	}

	/** Writes a sample's values into the registers and bits. */
	void update(Sample sample) {
		synchronized (this.lock) {
			for (ModbusLayout.Slot slot : this.layout.registers()) {
				Object value = sample.values().get(slot.property().identifier());
				if (value == null) {
					continue;
				}
				int[] words = ModbusLayout.words(slot.property().type(), value);
				for (int i = 0; i < words.length; i++) {
					this.registers.get(slot.address() + i).setValue(words[i]);
					((SimpleInputRegister) this.inputRegisters.get(slot.address() + i)).setValue(words[i]);
				}
			}
			for (ModbusLayout.Slot slot : this.layout.bits()) {
				if (sample.values().get(slot.property().identifier()) instanceof Boolean b) {
					this.digitalOuts.get(slot.address()).set(b);
					((SimpleDigitalIn) this.digitalIns.get(slot.address())).set(b);
				}
			}
		}
	}

	private void check(ModbusTable table, int ref, int count) {
		Fault current = this.fault;
		if (current != null && current.hits(table, ref, count)) {
			throw new IllegalAddressException("simulated fault at " + table + " " + ref);
		}
	}

	@Override
	public Register[] getRegisterRange(int ref, int count) {
		check(ModbusTable.HOLDING_REGISTER, ref, count);
		if (ref + count > ModbusLayout.COMMAND_BASE) {
			return super.getRegisterRange(ref, count); // live: writes to the command
														// block
		}
		synchronized (this.lock) {
			Register[] live = super.getRegisterRange(ref, count);
			Register[] copy = new Register[live.length];
			for (int i = 0; i < live.length; i++) {
				copy[i] = new SimpleRegister(live[i].getValue());
			}
			return copy;
		}
	}

	@Override
	public Register getRegister(int ref) {
		check(ModbusTable.HOLDING_REGISTER, ref, 1);
		return super.getRegister(ref);
	}

	@Override
	public InputRegister[] getInputRegisterRange(int ref, int count) {
		check(ModbusTable.INPUT_REGISTER, ref, count);
		synchronized (this.lock) {
			InputRegister[] live = super.getInputRegisterRange(ref, count);
			InputRegister[] copy = new InputRegister[live.length];
			for (int i = 0; i < live.length; i++) {
				copy[i] = new SimpleInputRegister(live[i].getValue());
			}
			return copy;
		}
	}

	@Override
	public InputRegister getInputRegister(int ref) {
		check(ModbusTable.INPUT_REGISTER, ref, 1);
		return super.getInputRegister(ref);
	}

	@Override
	public DigitalOut[] getDigitalOutRange(int ref, int count) {
		check(ModbusTable.COIL, ref, count);
		return super.getDigitalOutRange(ref, count);
	}

	@Override
	public DigitalOut getDigitalOut(int ref) {
		check(ModbusTable.COIL, ref, 1);
		return super.getDigitalOut(ref);
	}

	@Override
	public DigitalIn[] getDigitalInRange(int ref, int count) {
		check(ModbusTable.DISCRETE_INPUT, ref, count);
		return super.getDigitalInRange(ref, count);
	}

	@Override
	public DigitalIn getDigitalIn(int ref) {
		check(ModbusTable.DISCRETE_INPUT, ref, 1);
		return super.getDigitalIn(ref);
	}

	/** Calls a service with the float32 values of its parameter registers. */
	private void call(ModbusLayout.CommandSlot slot) {
		Map<String, Object> params = new LinkedHashMap<>();
		int address = slot.address();
		for (String parameter : slot.service().parameters()) {
			int bits = (this.registers.get(address).getValue() << 16) | this.registers.get(address + 1).getValue();
			params.put(parameter, (double) Float.intBitsToFloat(bits));
			address += 2;
		}
		CommandSink.CommandOutcome outcome;
		try {
			outcome = this.sink.apply(this.layout.device().key(), slot.service().service(), params);
		}
		catch (RuntimeException ex) {
			throw new IllegalAddressException("command failed: " + ex.getMessage());
		}
		if (!outcome.ok()) {
			throw new IllegalAddressException("command refused: " + outcome.message());
		}
	}

	/** The last register of a service's block: writing it calls the service. */
	private final class CommandWord extends SimpleRegister {

		private final ModbusLayout.CommandSlot slot;

		CommandWord(ModbusLayout.CommandSlot slot) {
			super((byte) 0, (byte) 0); // not super(0): that calls setValue
			this.slot = slot;
		}

		@Override
		public synchronized void setValue(int v) {
			super.setValue(v);
			call(this.slot);
		}

		@Override
		public synchronized void setValue(short s) {
			super.setValue(s);
			call(this.slot);
		}

		@Override
		public synchronized void setValue(byte[] bytes) {
			super.setValue(bytes);
			call(this.slot);
		}

	}

}
