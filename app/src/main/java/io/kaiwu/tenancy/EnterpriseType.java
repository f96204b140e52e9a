package io.kaiwu.tenancy;

/** The enterprise types the guide (section 四) addresses differently. */
public enum EnterpriseType {

	/** 行业龙头 */
	CHAIN_LEADER,
	/** 大型企业 */
	LARGE,
	/** 中小企业 */
	SMALL_MEDIUM,
	/** 小微企业 */
	MICRO;

	public String messageKey() {
		return "tenant.type." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
