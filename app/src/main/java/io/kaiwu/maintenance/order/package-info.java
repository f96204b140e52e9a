/** Maintenance orders (维修工单): their states, checklist, spare parts and labour. */
@NullMarked
package io.kaiwu.maintenance.order;

import org.jspecify.annotations.NullMarked;
