/**
 * One small example per copy rule of the README's table, each copied by its generated {@code
 * …DeepCopy} class and checked by the behaviour tests beside them.
 */
package io.github.deepcopygen.examples.rules;
