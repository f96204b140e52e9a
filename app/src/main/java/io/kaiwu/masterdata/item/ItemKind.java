package io.kaiwu.masterdata.item;

import java.util.Locale;

/** What an item is in the flow of material. */
public enum ItemKind {

	/** 原材料 */
	RAW_MATERIAL,
	/** 半成品 */
	SEMI_FINISHED,
	/** 成品 */
	FINISHED;

	public String messageKey() {
		return "masterdata.item.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
