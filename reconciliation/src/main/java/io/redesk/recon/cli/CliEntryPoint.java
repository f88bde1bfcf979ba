package io.redesk.recon.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command-line entry point that may write to {@code System.out}/{@code System.err}: the
 * architecture rules exempt classes carrying an annotation of this simple name (docs/decisions/0201).
 * Declared here because reconciliation may not depend on app.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CliEntryPoint {
}
