/** The demo plant's production master data, seeded when the demo tenant is created. */
@NullMarked
package io.kaiwu.production.resource.demo;

import org.jspecify.annotations.NullMarked;
