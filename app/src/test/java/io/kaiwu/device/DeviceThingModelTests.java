package io.kaiwu.device;

import java.math.BigDecimal;
import java.util.List;

import io.kaiwu.device.thingmodel.DeviceTypeDraft;
import io.kaiwu.device.thingmodel.ThingModelJson;
import io.kaiwu.device.thingmodel.ThingModelRules;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and checking thing-model documents, without Spring or a database. */
class DeviceThingModelTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode json(String text) {
		return JSON.readTree(text.replace('\'', '"'));
	}

	private static List<String> fields(List<FieldError> errors) {
		return errors.stream().map((e) -> e.field() + ":" + e.messageKey()).toList();
	}

	@Test
	void readsAGoodDocumentWithoutProblems() {
		ThingModelJson.Read read = ThingModelJson.read(
				json("""
						{'code':'CNC','nameZh':'数控机床','nameEn':'CNC machine',
						 'properties':[{'identifier':'spindleSpeed','nameZh':'主轴转速','dataType':'DOUBLE','unit':'rpm',
						                'min':0,'max':12000,'precision':1},
						               {'identifier':'state','nameZh':'状态','dataType':'enum','enumValues':['running','idle']},
						               {'identifier':'goodParts','nameZh':'合格件','dataType':'LONG','min':0,'writable':true}],
						 'events':[{'identifier':'alarm','nameZh':'报警','level':'ALERT',
						            'outputs':[{'identifier':'code','nameZh':'代码','dataType':'STRING'}]}],
						 'services':[{'identifier':'setSpindleOverride','nameZh':'主轴倍率',
						              'inputs':[{'identifier':'percent','nameZh':'倍率','dataType':'INT','min':50,'max':120}]}]}"""));
		assertThat(read.errors()).isEmpty();
		ThingModel model = read.draft().model();
		assertThat(model.properties()).extracting(PropertyDefinition::identifier)
			.containsExactly("spindleSpeed", "state", "goodParts");
		assertThat(model.property("spindleSpeed").orElseThrow().max()).isEqualByComparingTo("12000");
		assertThat(model.property("state").orElseThrow().dataType()).isEqualTo(DataType.ENUM);
		assertThat(model.property("goodParts").orElseThrow().writable()).isTrue();
		assertThat(model.event("alarm").orElseThrow().level()).isEqualTo(EventLevel.ALERT);
		assertThat(model.service("setSpindleOverride").orElseThrow().inputs().get(0).min()).isEqualByComparingTo("50");
	}

	@Test
	void namesTheJsonPathOfEveryBadField() {
		ThingModelJson.Read read = ThingModelJson.read(json("""
				{'format':'something/2','code':'bad code','nameZh':'',
				 'properties':[{'identifier':'ok','nameZh':'好','dataType':'INT'},
				               {'identifier':'speed','nameZh':'速度','dataType':'FLOATY'},
				               {'identifier':'range','nameZh':'范围','dataType':'DOUBLE','min':10,'max':5,'precision':11},
				               {'identifier':'state','nameZh':'状态','dataType':'ENUM'},
				               {'identifier':'1st','nameZh':'首','dataType':'STRING','min':1},
				               {'identifier':'ok','nameZh':'重复','dataType':'BOOLEAN'},
				               {'identifier':'count','nameZh':'计数','dataType':'INT','max':1.5,'precision':2},
				               {'identifier':'label','nameZh':7,'dataType':'STRING','enumValues':['a']}],
				 'events':[{'identifier':'alarm','nameZh':'报警','level':'LOUD'}],
				 'services':[{'identifier':'go','nameZh':'启动','inputs':[{'identifier':'p','nameZh':'参数'}]}]}"""));
		assertThat(fields(read.errors())).containsExactlyInAnyOrder("format:problem.device.json.format",
				"code:problem.device.type-code", "nameZh:problem.device.required",
				"properties[1].dataType:problem.device.json.choice", "properties[2].max:problem.device.min-above-max",
				"properties[2].precision:problem.device.precision",
				"properties[3].enumValues:problem.device.enum-values-required",
				"properties[4].identifier:problem.device.identifier",
				"properties[4].min:problem.device.range-numbers-only",
				"properties[5].identifier:problem.device.identifier-repeated",
				"properties[6].max:problem.device.whole-limit",
				"properties[6].precision:problem.device.precision-decimals-only",
				"properties[7].nameZh:problem.device.json.text", "events[0].level:problem.device.json.choice",
				"services[0].inputs[0].dataType:problem.device.json.choice-required");
	}

	@Test
	void reportsABodyThatIsNoObjectAndListsThatAreNoArrays() {
		assertThat(fields(ThingModelJson.read(json("[1, 2]")).errors()))
			.containsExactly("body:problem.device.json.object");
		assertThat(fields(ThingModelJson.read(json("{'code':'X','nameZh':'x','properties':{},'events':[3]}")).errors()))
			.containsExactly("properties:problem.device.json.array", "events[0]:problem.device.json.object");
	}

	@Test
	void anExportedDocumentReadsBackToTheSameDraft() {
		DeviceTypeDraft draft = new DeviceTypeDraft("PM", "电能表", "Power meter", "",
				new ThingModel(
						List.of(new PropertyDefinition("energyKwh", "累计电能", "Energy", DataType.DOUBLE, "kWh",
								BigDecimal.ZERO, null, 2, List.of(), false)),
						List.of(new EventDefinition("overload", "过载", "", EventLevel.WARN, List.of())), List
							.of(new ServiceDefinition(
									"reset", "清零", "Reset", List.of(new ParameterDefinition("mode", "方式", "",
											DataType.ENUM, "", null, null, null, List.of("soft", "hard"))),
									List.of()))));
		assertThat(ThingModelRules.check(draft)).isEmpty();
		JsonNode exported = JSON.valueToTree(ThingModelJson.write(draft));
		assertThat(exported.get("format").asString()).isEqualTo(ThingModelJson.FORMAT);
		ThingModelJson.Read read = ThingModelJson.read(exported);
		assertThat(read.errors()).isEmpty();
		assertThat(read.draft()).isEqualTo(draft);
	}

}
