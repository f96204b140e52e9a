package io.kaiwu.simulator.modbus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.ghgande.j2mod.modbus.ModbusException;
import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import io.kaiwu.simulator.ValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outlet over real Modbus TCP, read and written with j2mod's master. */
class ModbusOutletTests {

	private static final SimulatedDevice PRESS = new SimulatedDevice("press-01", "press", Protocol.MODBUS_TCP,
			List.of(new SimulatedProperty("pressure", ValueType.DOUBLE, "bar"),
					new SimulatedProperty("alarm", ValueType.BOOLEAN, ""),
					new SimulatedProperty("shots", ValueType.LONG, ""),
					new SimulatedProperty("state", ValueType.TEXT, ""),
					new SimulatedProperty("doorOpen", ValueType.BOOLEAN, "")));

	private static final SimulatedDevice METER = new SimulatedDevice("meter-01", "meter", Protocol.MODBUS_TCP,
			List.of(new SimulatedProperty("power", ValueType.DOUBLE, "kW")));

	private final List<String> commands = new CopyOnWriteArrayList<>();

	private ModbusOutlet outlet;

	private ModbusTCPMaster master;

	@BeforeEach
	void start() throws Exception {
		this.outlet = new ModbusOutlet("127.0.0.1", 0,
				Map.of("press", List.of(new ServiceRegisters("setPressure", List.of("target", "ramp")))));
		CommandSink sink = (key, service, params) -> {
			this.commands.add(key + " " + service + " " + params);
			return ((Double) params.get("target") > 500) ? new CommandSink.CommandOutcome(false, "too high")
					: new CommandSink.CommandOutcome(true, "set");
		};
		this.outlet.start(List.of(PRESS, METER), sink);
		this.outlet.publish(List.of(
				new Sample("press-01", Instant.now(),
						Map.of("pressure", 123.456, "alarm", true, "shots", -2L, "state", "setup", "doorOpen", false)),
				new Sample("meter-01", Instant.now(), Map.of("power", 7.5))));
		this.master = new ModbusTCPMaster("127.0.0.1", this.outlet.boundPort(), 2000, false);
		this.master.connect();
	}

	@AfterEach
	void stop() {
		this.master.disconnect();
		this.outlet.close();
	}

	@Test
	void valuesSitInTheDocumentedRegistersOfEachUnit() throws Exception {
		assertThat(this.outlet.boundPort()).isPositive();
		InputRegister[] press = this.master.readInputRegisters(1, 0, 5);
		assertThat(press[0].getValue()).isEqualTo(0x42F6);
		assertThat(press[1].getValue()).isEqualTo(0xE979);
		assertThat(press[2].getValue()).isEqualTo(0xFFFF);
		assertThat(press[3].getValue()).isEqualTo(0xFFFE);
		assertThat(press[4].getValue()).isEqualTo(2); // setup
		Register[] holding = this.master.readMultipleRegisters(1, 0, 5);
		assertThat(holding[1].getValue()).isEqualTo(0xE979);
		assertThat(this.master.readInputDiscretes(1, 0, 2).getBit(0)).isTrue();
		assertThat(this.master.readInputDiscretes(1, 0, 2).getBit(1)).isFalse();
		assertThat(this.master.readCoils(1, 0, 2).getBit(0)).isTrue();
		InputRegister[] meter = this.master.readInputRegisters(2, 0, 2);
		assertThat(Float.intBitsToFloat((meter[0].getValue() << 16) | meter[1].getValue())).isEqualTo(7.5f);
		assertThat(this.outlet.registerMap("press-01").stream().map(RegisterEntry::csv)).containsExactly(
				"press-01,pressure,1,input_register,0,float32,ABCD,1,0",
				"press-01,shots,1,input_register,2,int32,ABCD,1,0", "press-01,state,1,input_register,4,int16,ABCD,1,0",
				"press-01,alarm,1,discrete_input,0,bool,ABCD,1,0", "press-01,doorOpen,1,discrete_input,1,bool,ABCD,1,0",
				"press-01,setPressure.target,1,holding_register,1000,float32,ABCD,1,0",
				"press-01,setPressure.ramp,1,holding_register,1002,float32,ABCD,1,0");
	}

	@Test
	void writingTheLastRegisterOfAServiceCallsIt() throws Exception {
		this.master.writeMultipleRegisters(1, 1000, words(250.5f, 2f));
		assertThat(this.commands).containsExactly("press-01 setPressure {target=250.5, ramp=2.0}");
		assertThatThrownBy(() -> this.master.writeMultipleRegisters(1, 1000, words(900f, 1f)))
			.isInstanceOf(ModbusSlaveException.class)
			.hasMessage("Illegal Data Address");
		assertThat(this.commands).hasSize(2);
	}

	@Test
	void aFaultyRangeAnswersExceptionsAndTheServerStopsAndRestarts() throws Exception {
		this.outlet.failRange("press-01", ModbusTable.INPUT_REGISTER, 2, 2);
		assertThatThrownBy(() -> this.master.readInputRegisters(1, 0, 4)).isInstanceOf(ModbusSlaveException.class);
		assertThat(this.master.readInputRegisters(1, 0, 2)[0].getValue()).isEqualTo(0x42F6);
		this.outlet.clearFault("press-01");
		assertThat(this.master.readInputRegisters(1, 0, 4)).hasSize(4);

		this.outlet.stopServer();
		assertThat(this.outlet.running()).isFalse();
		assertThatThrownBy(() -> {
			ModbusTCPMaster other = new ModbusTCPMaster("127.0.0.1", this.outlet.boundPort(), 1000, false);
			try {
				other.connect();
				other.readInputRegisters(1, 0, 2);
			}
			finally {
				other.disconnect();
			}
		}).isInstanceOf(Exception.class);
		assertThatThrownBy(() -> this.master.readInputRegisters(1, 0, 2)).isInstanceOf(ModbusException.class);

		this.outlet.restartServer();
		this.master.disconnect();
		this.master.connect();
		assertThat(this.master.readInputRegisters(1, 0, 2)[1].getValue()).isEqualTo(0xE979);
	}

	private static Register[] words(float... values) {
		Register[] words = new Register[values.length * 2];
		for (int i = 0; i < values.length; i++) {
			int bits = Float.floatToIntBits(values[i]);
			words[2 * i] = new SimpleRegister((bits >>> 16) & 0xFFFF);
			words[2 * i + 1] = new SimpleRegister(bits & 0xFFFF);
		}
		return words;
	}

}
