package io.kaiwu.transform.assessment;

/**
 * Who answers a section, per the guide 三(三): the enterprise's management, department
 * heads, and frontline workers.
 */
public enum RespondentGroup {

	/** 企业管理层 */
	MANAGEMENT,
	/** 部门负责人 */
	DEPARTMENT_HEAD,
	/** 一线员工 */
	FRONTLINE

}
