package io.kaiwu.quality.nonconformance.kernel;

/** The eight disciplines (8D) of problem solving, in order. */
public enum Discipline {

	/** D1 组建小组: form the team. */
	D1,
	/** D2 问题描述: describe the problem (5W2H). */
	D2,
	/** D3 临时围堵措施: contain it. */
	D3,
	/** D4 根本原因分析: find the root cause. */
	D4,
	/** D5 选定纠正措施: choose corrective actions. */
	D5,
	/** D6 实施并验证纠正措施: implement them and check they work. */
	D6,
	/** D7 预防再发生: prevent recurrence. */
	D7,
	/** D8 结案与表彰: close and recognise the team. */
	D8;

	public int number() {
		return ordinal() + 1;
	}

}
