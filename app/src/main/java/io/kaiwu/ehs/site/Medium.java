package io.kaiwu.ehs.site;

/** What a discharge point releases: flue gas (废气) or wastewater (废水). */
public enum Medium {

	GAS, WATER

}
