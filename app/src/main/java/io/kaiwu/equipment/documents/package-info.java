/**
 * Documents of a machine (设备文档): manuals and drawings stored in the database, audited.
 */
@NullMarked
package io.kaiwu.equipment.documents;

import org.jspecify.annotations.NullMarked;
