/**
 * Supply-chain product traceability (供应链产品质量追溯): lots and serial numbers of purchased
 * material (with the supplier and its own batch number), work in process and finished
 * goods; genealogy (which lots a production step consumed to make which, on which
 * machine, by whom, when); deliveries to customers; and backward / forward traces over
 * all of it, with inspections and the machines' telemetry around each step.
 */
@NullMarked
package io.kaiwu.quality.trace;

import org.jspecify.annotations.NullMarked;
