package io.kaiwu.maintenance.order;

/** How soon the work should be done. */
public enum OrderPriority {

	LOW, NORMAL, HIGH, URGENT

}
