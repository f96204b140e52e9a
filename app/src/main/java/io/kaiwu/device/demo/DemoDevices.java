package io.kaiwu.device.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.device.DataType;
import io.kaiwu.device.EventDefinition;
import io.kaiwu.device.EventLevel;
import io.kaiwu.device.ParameterDefinition;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ServiceDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.device.registry.DeviceDraft;
import io.kaiwu.device.registry.ManagingDevices;
import io.kaiwu.device.thingmodel.DeviceType;
import io.kaiwu.device.thingmodel.DeviceTypeDraft;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.DemoTenantCreated;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo plant's device types and devices when the demo tenant is created, in the
 * same transaction: a CNC machine on each machining work unit, an injection moulding
 * machine on each moulding work unit, and a power meter beside every machine; in the
 * utilities the air compressor, the incomer's power meter, the water and natural-gas
 * meters, the boiler stack monitor and the wastewater outlet; three gas detectors (boiler
 * room, moulding shop, wastewater station) and an environment sensor in each workshop.
 * The keys start with {@code demo-} and match the virtual factory's (io.kaiwu.simulator,
 * docs/simulator.md); their secrets are random and nobody knows them (the simulator gets
 * working ones with {@code DeviceRegistry.issueSecret}).
 */
@Component
class DemoDevices {

	static final List<String> CNC_UNITS = List.of("SZ-MC-L1-01", "SZ-MC-L1-02", "SZ-MC-L2-01", "SZ-MC-L2-02");

	static final List<String> IMM_UNITS = List.of("SZ-IM-L1-01", "SZ-IM-L1-02", "SZ-IM-L2-01", "SZ-IM-L2-02");

	private final ManagingDeviceTypes types;

	private final ManagingDevices devices;

	DemoDevices(ManagingDeviceTypes types, ManagingDevices devices) {
		this.types = types;
		this.devices = devices;
	}

	@EventListener
	void on(DemoTenantCreated demo) {
		KaiwuPrincipal seeder = new KaiwuPrincipal(new UUID(0, 0), "system", demo.tenant(),
				EnumSet.range(Role.TENANT_ADMIN, Role.VIEWER), Set.of());
		DeviceType cnc = this.types.create(seeder, cnc());
		DeviceType imm = this.types.create(seeder, injectionMoulding());
		DeviceType meter = this.types.create(seeder, powerMeter());
		for (int i = 0; i < CNC_UNITS.size(); i++) {
			machine(seeder, demo, "cnc", i + 1, "数控机床", cnc, meter, CNC_UNITS.get(i));
		}
		for (int i = 0; i < IMM_UNITS.size(); i++) {
			machine(seeder, demo, "imm", i + 1, "注塑机", imm, meter, IMM_UNITS.get(i));
		}
		DeviceType compressor = this.types.create(seeder, compressor());
		DeviceType water = this.types.create(seeder, flowMeter("WM", "水表", "Water meter", "厂区总水表", 500));
		DeviceType gas = this.types.create(seeder, flowMeter("GM", "燃气表", "Natural gas meter", "锅炉天然气计量表", 2000));
		DeviceType detector = this.types.create(seeder, gasDetector());
		DeviceType environment = this.types.create(seeder, environmentSensor());
		DeviceType stack = this.types.create(seeder, stackMonitor());
		DeviceType wastewater = this.types.create(seeder, wastewaterMonitor());
		device(seeder, demo, "demo-compressor-01", "空压机 AC-01", compressor, "SZ-UT-PS-AC");
		device(seeder, demo, "demo-pm-incomer", "电能表 进线总表", meter, "SZ-UT-PS-EL");
		device(seeder, demo, "demo-water-01", "水表 厂区总表", water, "SZ");
		device(seeder, demo, "demo-gasmeter-01", "燃气表 锅炉房", gas, "SZ-UT-PS-BR");
		device(seeder, demo, "demo-gasdet-01", "气体探测器 锅炉房", detector, "SZ-UT-PS-BR");
		device(seeder, demo, "demo-gasdet-02", "气体探测器 注塑车间", detector, "SZ-IM");
		device(seeder, demo, "demo-gasdet-03", "气体探测器 污水处理站", detector, "SZ-UT-EP-WW");
		device(seeder, demo, "demo-env-01", "环境监测仪 机加工车间", environment, "SZ-MC");
		device(seeder, demo, "demo-env-02", "环境监测仪 注塑车间", environment, "SZ-IM");
		device(seeder, demo, "demo-stack-01", "烟气监测 锅炉烟囱", stack, "SZ-UT-PS-BR");
		device(seeder, demo, "demo-wastewater-01", "废水监测 排放口", wastewater, "SZ-UT-EP-WW");
	}

	private void device(KaiwuPrincipal seeder, DemoTenantCreated demo, String key, String name, DeviceType type,
			String nodeCode) {
		UUID node = demo.nodes().get(nodeCode);
		if (node != null) {
			this.devices.create(seeder, new DeviceDraft(key, name, "", type.id(), node));
		}
	}

	private void machine(KaiwuPrincipal seeder, DemoTenantCreated demo, String kind, int number, String name,
			DeviceType type, DeviceType meter, String unitCode) {
		UUID unit = demo.nodes().get(unitCode);
		if (unit == null) {
			return;
		}
		String suffix = String.format(Locale.ROOT, "%s-%02d", kind, number);
		String label = kind.toUpperCase(Locale.ROOT) + String.format(Locale.ROOT, "-%02d", number);
		this.devices.create(seeder, new DeviceDraft("demo-" + suffix, name + " " + label, "", type.id(), unit));
		this.devices.create(seeder, new DeviceDraft("demo-pm-" + suffix, "电能表 PM-" + label, "", meter.id(), unit));
	}

	private static DeviceTypeDraft cnc() {
		List<PropertyDefinition> properties = List.of(
				number("spindleSpeed", "主轴转速", "Spindle speed", DataType.DOUBLE, "rpm", 0, 12000, 0),
				number("spindleLoad", "主轴负载", "Spindle load", DataType.DOUBLE, "%", 0, 150, 1),
				number("temperature", "主轴温度", "Spindle temperature", DataType.DOUBLE, "°C", -20, 120, 1),
				number("vibrationRms", "振动有效值", "Vibration RMS", DataType.DOUBLE, "mm/s", 0, 50, 2),
				new PropertyDefinition("state", "运行状态", "State", DataType.ENUM, "", null, null, null,
						List.of("running", "idle", "setup", "down"), false),
				number("goodParts", "合格件计数", "Good parts", DataType.LONG, "pcs", 0, null, null),
				number("rejectParts", "不良件计数", "Reject parts", DataType.LONG, "pcs", 0, null, null),
				number("shortStops", "短停次数", "Short stops", DataType.LONG, "", 0, null, null));
		EventDefinition alarm = new EventDefinition("alarm", "报警", "Alarm", EventLevel.ALERT,
				List.of(parameter("code", "报警代码", "Alarm code", DataType.STRING, "", null, null, null),
						parameter("message", "报警信息", "Message", DataType.STRING, "", null, null, null)));
		ServiceDefinition override = new ServiceDefinition("setSpindleOverride", "设置主轴倍率", "Set spindle override",
				List.of(parameter("percent", "倍率", "Override", DataType.INT, "%", 50, 120, null)), List.of());
		return new DeviceTypeDraft("CNC", "数控机床", "CNC machine", "数控车床与立式加工中心",
				new ThingModel(properties, List.of(alarm), List.of(override)));
	}

	private static DeviceTypeDraft injectionMoulding() {
		List<PropertyDefinition> properties = List.of(
				number("cycleTime", "成型周期", "Cycle time", DataType.DOUBLE, "s", 0, 600, 2),
				number("meltTemperature", "熔体温度", "Melt temperature", DataType.DOUBLE, "°C", 0, 400, 1),
				number("injectionPressure", "注射压力", "Injection pressure", DataType.DOUBLE, "bar", 0, 2500, 1),
				number("shotCounter", "模次计数", "Shot counter", DataType.LONG, "", 0, null, null),
				number("rejects", "不良品计数", "Rejects", DataType.LONG, "pcs", 0, null, null));
		ServiceDefinition target = new ServiceDefinition("setCycleTimeTarget", "设置目标周期", "Set cycle time target",
				List.of(parameter("seconds", "目标周期", "Target cycle time", DataType.DOUBLE, "s", 1, 600, 2)), List.of());
		return new DeviceTypeDraft("IMM", "注塑机", "Injection moulding machine", "海天 HTF 系列注塑机",
				new ThingModel(properties, List.of(), List.of(target)));
	}

	private static DeviceTypeDraft powerMeter() {
		List<PropertyDefinition> properties = List.of(
				number("energyKwh", "累计电能", "Energy", DataType.DOUBLE, "kWh", 0, null, 2),
				number("powerKw", "有功功率", "Active power", DataType.DOUBLE, "kW", 0, 500, 2),
				number("powerFactor", "功率因数", "Power factor", DataType.DOUBLE, "", 0, 1, 3));
		return new DeviceTypeDraft("PM", "电能表", "Power meter", "每台设备的三相电能表",
				new ThingModel(properties, List.of(), List.of()));
	}

	private static DeviceTypeDraft compressor() {
		List<PropertyDefinition> properties = List.of(
				number("pressure", "排气压力", "Discharge pressure", DataType.DOUBLE, "bar", 0, 16, 2),
				number("powerKw", "功率", "Power", DataType.DOUBLE, "kW", 0, 200, 2),
				number("airFlow", "排气量", "Air flow", DataType.DOUBLE, "m³/min", 0, 50, 2));
		return new DeviceTypeDraft("AC", "空压机", "Air compressor", "55 kW 螺杆式空压机",
				new ThingModel(properties, List.of(), List.of()));
	}

	private static DeviceTypeDraft flowMeter(String code, String nameZh, String nameEn, String description,
			int maxFlow) {
		List<PropertyDefinition> properties = List.of(
				number("volume", "累计用量", "Volume", DataType.DOUBLE, "m³", 0, null, 1),
				number("flow", "瞬时流量", "Flow", DataType.DOUBLE, "m³/h", 0, maxFlow, 2));
		return new DeviceTypeDraft(code, nameZh, nameEn, description, new ThingModel(properties, List.of(), List.of()));
	}

	private static DeviceTypeDraft gasDetector() {
		List<PropertyDefinition> properties = List.of(
				number("coPpm", "一氧化碳", "Carbon monoxide", DataType.DOUBLE, "ppm", 0, 1000, 1),
				number("h2sPpm", "硫化氢", "Hydrogen sulphide", DataType.DOUBLE, "ppm", 0, 100, 1),
				number("lelPercent", "可燃气体", "Combustible gas", DataType.DOUBLE, "%LEL", 0, 100, 1));
		return new DeviceTypeDraft("GD", "气体探测器", "Gas detector", "固定式可燃/有毒气体探测器",
				new ThingModel(properties, List.of(), List.of()));
	}

	private static DeviceTypeDraft environmentSensor() {
		List<PropertyDefinition> properties = List.of(
				number("pm25", "PM2.5", "PM2.5", DataType.DOUBLE, "µg/m³", 0, 1000, 0),
				number("voc", "挥发性有机物", "VOC", DataType.DOUBLE, "mg/m³", 0, 50, 3),
				number("noiseDb", "噪声", "Noise", DataType.DOUBLE, "dB(A)", 30, 130, 1));
		return new DeviceTypeDraft("ENV", "环境监测仪", "Environment sensor", "车间粉尘、VOC 与噪声监测",
				new ThingModel(properties, List.of(), List.of()));
	}

	private static DeviceTypeDraft stackMonitor() {
		List<PropertyDefinition> properties = List.of(
				number("so2", "二氧化硫", "Sulphur dioxide", DataType.DOUBLE, "mg/m³", 0, 2000, 1),
				number("nox", "氮氧化物", "Nitrogen oxides", DataType.DOUBLE, "mg/m³", 0, 2000, 1),
				number("particulate", "颗粒物", "Particulate", DataType.DOUBLE, "mg/m³", 0, 2000, 1));
		return new DeviceTypeDraft("CEMS", "烟气在线监测", "Stack emission monitor", "燃气锅炉烟气排放连续监测（GB 13271-2014）",
				new ThingModel(properties, List.of(), List.of()));
	}

	private static DeviceTypeDraft wastewaterMonitor() {
		List<PropertyDefinition> properties = List.of(
				number("cod", "化学需氧量", "COD", DataType.DOUBLE, "mg/L", 0, 2000, 1),
				number("nh3n", "氨氮", "Ammonia nitrogen", DataType.DOUBLE, "mg/L", 0, 200, 2),
				number("flow", "排放流量", "Flow", DataType.DOUBLE, "m³/h", 0, 500, 2));
		return new DeviceTypeDraft("WW", "废水在线监测", "Wastewater monitor", "污水处理站排放口在线监测",
				new ThingModel(properties, List.of(), List.of()));
	}

	private static PropertyDefinition number(String identifier, String nameZh, String nameEn, DataType type,
			String unit, @Nullable Integer min, @Nullable Integer max, @Nullable Integer precision) {
		return new PropertyDefinition(identifier, nameZh, nameEn, type, unit, decimal(min), decimal(max), precision,
				List.of(), false);
	}

	private static ParameterDefinition parameter(String identifier, String nameZh, String nameEn, DataType type,
			String unit, @Nullable Integer min, @Nullable Integer max, @Nullable Integer precision) {
		return new ParameterDefinition(identifier, nameZh, nameEn, type, unit, decimal(min), decimal(max), precision,
				List.of());
	}

	private static @Nullable BigDecimal decimal(@Nullable Integer value) {
		return (value == null) ? null : BigDecimal.valueOf(value);
	}

}
