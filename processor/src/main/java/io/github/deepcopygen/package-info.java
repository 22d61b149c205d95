/**
 * deepcopy-gen's public API: {@link io.github.deepcopygen.DeepCopy} and its nested annotations.
 * Users compile against this package only; everything under {@code processor} is the
 * implementation.
 */
package io.github.deepcopygen;
