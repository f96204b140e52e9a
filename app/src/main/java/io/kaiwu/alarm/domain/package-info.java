/** The alarm and its ISA-18.2 life cycle, plain Java. */
@NullMarked
package io.kaiwu.alarm.domain;

import org.jspecify.annotations.NullMarked;
