package io.redesk.installer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command-line entry point, the one kind of class that may print (docs/decisions/0201: the
 * architecture rules exempt an annotation of this simple name; the installer keeps its own so it
 * depends on nothing of ours).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CliEntryPoint {
}
