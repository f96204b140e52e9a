package io.kaiwu.transform.atlas;

import java.util.List;

/**
 * The four lists (四清单) of what a scenario's transformation needs.
 *
 * @param data 数据要素: the data it runs on.
 * @param models 知识模型: the algorithms and models that carry its know-how.
 * @param tools 工具软件: the software and tools it needs.
 * @param skills 人才技能: the skills its people need.
 */
public record FourLists(List<Text> data, List<Text> models, List<Text> tools, List<Text> skills) {

	public FourLists {
		data = List.copyOf(data);
		models = List.copyOf(models);
		tools = List.copyOf(tools);
		skills = List.copyOf(skills);
	}

	/** These lists with another's items added after each list's own. */
	FourLists plus(FourLists more) {
		return new FourLists(concat(this.data, more.data), concat(this.models, more.models),
				concat(this.tools, more.tools), concat(this.skills, more.skills));
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList();
	}

}
