/**
 * Plain records that analysis hands to the writer: the plan of one copier in named parts, how each
 * value is copied, how each property is reached. No Messager, no Filer, no element of javac's.
 *
 * <p>May import: JavaPoet's type names; nothing of ours.
 */
package io.github.deepcopygen.processor.model;
