package io.redesk.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command-line entry point: the one kind of class that may write to {@code System.out} and
 * {@code System.err} (usage text, a fatal start-up error before logging exists).
 *
 * <p>The architecture tests exempt any class carrying an annotation with this simple name, so other
 * modules can declare their own {@code CliEntryPoint} without depending on {@code app}. The
 * exemption is explicit and visible at the class, never silent (docs/decisions/0201).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CliEntryPoint {
}
