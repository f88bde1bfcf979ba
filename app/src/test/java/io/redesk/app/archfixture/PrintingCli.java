package io.redesk.app.archfixture;

/** Architecture fixture: a CLI entry point, allowed to print, also from a nested class. */
@PrintingCli.CliEntryPoint
public class PrintingCli {

    /** Any annotation with this simple name exempts a class, so other modules can declare their own. */
    public @interface CliEntryPoint {
    }

    public static void main(String[] args) {
        System.out.println("usage");
        new Object() {
            void fail() {
                System.err.println("failed");
            }
        }.fail();
    }
}
