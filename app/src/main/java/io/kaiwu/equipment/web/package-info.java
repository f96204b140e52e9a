/** REST API and pages of the equipment module. */
@NullMarked
package io.kaiwu.equipment.web;

import org.jspecify.annotations.NullMarked;
