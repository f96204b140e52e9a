package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A respondent's answer to one question or rubric item: the options picked, or the raw
 * numbers an option is derived from (for example 联网生产设备数 and 生产设备总数), or the highest
 * level fully met, or a degree of fulfilment per level.
 *
 * @param options option codes, empty when not answered by options.
 * @param numbers raw numbers by input code, empty when not answered by numbers.
 * @param level the level of a rubric item, {@literal null} when not answered by level.
 * @param fulfilment degree-of-fulfilment code per level rank.
 */
public record Answer(List<String> options, Map<String, BigDecimal> numbers, @Nullable Integer level,
		Map<Integer, String> fulfilment) {

	public Answer {
		options = List.copyOf(options);
		numbers = Map.copyOf(numbers);
		fulfilment = Map.copyOf(fulfilment);
	}

	public static Answer options(String... codes) {
		return new Answer(List.of(codes), Map.of(), null, Map.of());
	}

	public static Answer numbers(Map<String, BigDecimal> numbers) {
		return new Answer(List.of(), numbers, null, Map.of());
	}

	public static Answer level(int level) {
		return new Answer(List.of(), Map.of(), level, Map.of());
	}

	public static Answer fulfilment(Map<Integer, String> perLevel) {
		return new Answer(List.of(), Map.of(), null, perLevel);
	}

}
