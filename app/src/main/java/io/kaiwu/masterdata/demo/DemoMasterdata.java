package io.kaiwu.masterdata.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.calendar.BreakWindow;
import io.kaiwu.masterdata.calendar.ShiftPattern;
import io.kaiwu.masterdata.classification.ManagingDataCategories;
import io.kaiwu.masterdata.item.ItemDraft;
import io.kaiwu.masterdata.item.ItemKind;
import io.kaiwu.masterdata.item.ManagingItems;
import io.kaiwu.masterdata.partner.ManagingPartners;
import io.kaiwu.masterdata.partner.PartnerDraft;
import io.kaiwu.masterdata.shift.CalendarDraft;
import io.kaiwu.masterdata.shift.Holiday;
import io.kaiwu.masterdata.shift.PlanningShifts;
import io.kaiwu.masterdata.shift.StopDraft;
import io.kaiwu.masterdata.unit.Dimension;
import io.kaiwu.masterdata.unit.ManagingUnits;
import io.kaiwu.masterdata.unit.Unit;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.DemoTenantCreated;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo tenant 示范工厂 with master data when it is created, in the same
 * transaction: units, items of the machining and moulding workshops, partners, the data
 * catalogue and the shift calendar of site SZ.
 */
@Component
class DemoMasterdata {

	private final ManagingUnits units;

	private final ManagingItems items;

	private final ManagingPartners partners;

	private final ManagingDataCategories categories;

	private final PlanningShifts shifts;

	DemoMasterdata(ManagingUnits units, ManagingItems items, ManagingPartners partners,
			ManagingDataCategories categories, PlanningShifts shifts) {
		this.units = units;
		this.items = items;
		this.partners = partners;
		this.categories = categories;
		this.shifts = shifts;
	}

	@EventListener
	void on(DemoTenantCreated demo) {
		KaiwuPrincipal seeder = new KaiwuPrincipal(new UUID(0, 0), "system", demo.tenant(),
				EnumSet.range(Role.TENANT_ADMIN, Role.VIEWER), Set.of());
		Unit pcs = this.units.create(seeder, "pcs", "件", Dimension.COUNT);
		Unit kg = this.units.create(seeder, "kg", "千克", Dimension.MASS);
		Unit g = this.units.create(seeder, "g", "克", Dimension.MASS);
		Unit t = this.units.create(seeder, "t", "吨", Dimension.MASS);
		Unit m = this.units.create(seeder, "m", "米", Dimension.LENGTH);
		Unit mm = this.units.create(seeder, "mm", "毫米", Dimension.LENGTH);
		this.units.addConversion(seeder, kg.id(), g.id(), new BigDecimal("1000"));
		this.units.addConversion(seeder, t.id(), kg.id(), new BigDecimal("1000"));
		this.units.addConversion(seeder, m.id(), mm.id(), new BigDecimal("1000"));

		item(seeder, "RM-45-D50", "45#钢棒料 Φ50", ItemKind.RAW_MATERIAL, kg, "", "GB/T 699 45#，Φ50 热轧圆钢",
				DataGrade.GENERAL);
		item(seeder, "RM-PA66-GF30", "PA66 粒料 GF30", ItemKind.RAW_MATERIAL, kg, "", "PA66 加 30% 玻纤，黑色",
				DataGrade.GENERAL);
		item(seeder, "RM-ABS-757", "ABS 粒料 PA-757", ItemKind.RAW_MATERIAL, kg, "", "ABS 通用级，本色", DataGrade.GENERAL);
		item(seeder, "SF-SLV-B01", "轴套 毛坯", ItemKind.SEMI_FINISHED, pcs, "HK-SLV-01", "45#，外圆留量 0.5 mm",
				DataGrade.GENERAL);
		item(seeder, "SF-SHF-B02", "齿轮轴 粗车件", ItemKind.SEMI_FINISHED, pcs, "HK-GS-02", "调质前粗车", DataGrade.IMPORTANT);
		item(seeder, "FG-GS-200", "齿轮轴", ItemKind.FINISHED, pcs, "HK-GS-02", "模数 2，齿数 24，调质 HB220–250",
				DataGrade.IMPORTANT);
		item(seeder, "FG-HK-200", "注塑外壳 HK-200", ItemKind.FINISHED, pcs, "HK-200-01", "PA66 GF30，壁厚 2.5 mm",
				DataGrade.GENERAL);
		item(seeder, "FG-HK-200-MOLD", "HK-200 模具工艺参数包", ItemKind.FINISHED, pcs, "HK-200-M",
				"注塑工艺窗口：料温 285 °C，模温 80 °C，保压 60 MPa", DataGrade.CORE);

		partner(seeder, "SUP-BG-STEEL", "宝武特钢苏州配送中心", true, 1, false, "王经理", "0512-6800 1001", "华东", DataGrade.GENERAL);
		partner(seeder, "SUP-JS-PLAST", "江苏华塑新材料有限公司", true, 1, false, "李工", "0519-8800 2002", "华东", DataGrade.GENERAL);
		partner(seeder, "SUP-ZJ-RESIN", "浙江树脂化工有限公司", true, 2, false, "陈女士", "0574-8700 3003", "华东", DataGrade.GENERAL);
		partner(seeder, "CUS-SH-AUTO", "上海汽车零部件有限公司", false, null, true, "赵采购", "021-5800 4004", "华东",
				DataGrade.IMPORTANT);
		partner(seeder, "CUS-DE-DRIVE", "Antriebstechnik Müller GmbH", false, null, true, "Herr Müller",
				"+49 711 555 0100", "德国", DataGrade.CORE);

		this.categories.create(seeder, "MD-ITEM", "物料主数据", "物料编码、名称、规格与计量单位", DataGrade.GENERAL);
		this.categories.create(seeder, "MD-PARTNER", "客户与供应商", "业务伙伴名称、联系人与交易关系", DataGrade.IMPORTANT);
		this.categories.create(seeder, "PROC-PARAM", "核心工艺参数", "注塑与热处理工艺窗口、模具参数", DataGrade.CORE);

		UUID site = demo.nodes().get("SZ");
		if (site != null) {
			ShiftPattern day = new ShiftPattern("白班", LocalTime.of(8, 0), LocalTime.of(20, 0),
					List.of(new BreakWindow(LocalTime.of(12, 0), LocalTime.of(13, 0)),
							new BreakWindow(LocalTime.of(17, 0), LocalTime.of(17, 30))));
			ShiftPattern night = new ShiftPattern("夜班", LocalTime.of(20, 0), LocalTime.of(8, 0),
					List.of(new BreakWindow(LocalTime.of(0, 0), LocalTime.of(1, 0)),
							new BreakWindow(LocalTime.of(4, 0), LocalTime.of(4, 30))));
			List<Holiday> holidays = List.of(new Holiday(LocalDate.of(2026, 1, 1), "元旦"),
					new Holiday(LocalDate.of(2026, 2, 16), "春节"), new Holiday(LocalDate.of(2026, 2, 17), "春节"),
					new Holiday(LocalDate.of(2026, 2, 18), "春节"), new Holiday(LocalDate.of(2026, 4, 5), "清明节"),
					new Holiday(LocalDate.of(2026, 5, 1), "劳动节"), new Holiday(LocalDate.of(2026, 6, 19), "端午节"),
					new Holiday(LocalDate.of(2026, 9, 25), "中秋节"), new Holiday(LocalDate.of(2026, 10, 1), "国庆节"),
					new Holiday(LocalDate.of(2026, 10, 2), "国庆节"), new Holiday(LocalDate.of(2026, 10, 3), "国庆节"),
					new Holiday(LocalDate.of(2027, 1, 1), "元旦"), new Holiday(LocalDate.of(2027, 2, 6), "春节"),
					new Holiday(LocalDate.of(2027, 2, 7), "春节"), new Holiday(LocalDate.of(2027, 2, 8), "春节"),
					new Holiday(LocalDate.of(2027, 5, 1), "劳动节"), new Holiday(LocalDate.of(2027, 10, 1), "国庆节"));
			StopDraft maintenance = new StopDraft(OffsetDateTime.parse("2026-07-04T08:00+08:00").toInstant(),
					OffsetDateTime.parse("2026-07-05T08:00+08:00").toInstant(), "年中设备保养");
			this.shifts.create(seeder,
					new CalendarDraft(site, "苏州工厂两班倒", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
							List.of(day, night), holidays, List.of(maintenance)));
		}
	}

	private void item(KaiwuPrincipal seeder, String code, String name, ItemKind kind, Unit unit, String drawing,
			String specification, DataGrade grade) {
		this.items.create(seeder, new ItemDraft(code, name, kind, unit.id(), drawing, specification, grade));
	}

	private void partner(KaiwuPrincipal seeder, String code, String name, boolean supplier, @Nullable Integer tier,
			boolean customer, String contact, String phone, String region, DataGrade grade) {
		this.partners.create(seeder,
				new PartnerDraft(code, name, supplier, tier, customer, contact, phone, "", region, grade));
	}

}
