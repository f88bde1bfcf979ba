package io.redesk.app;

import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import java.util.Objects;
import java.util.Optional;

/**
 * The desktop app's command line: {@code [--lang en|zh] [--theme light|dark] [--page ID] [--help]}.
 *
 * <p>{@code --lang} and {@code --theme} override the saved preferences for this run only (handy for
 * screenshots and support); a choice made in Settings is still saved as usual. {@code --page} opens
 * a page other than home; the UI layer checks the id (the pages are a UI concept).
 *
 * @param language language for this run, if given
 * @param theme    theme for this run, if given
 * @param page     id of the page to open first ({@code settings}, {@code slips}, ...), if given
 * @param help     whether to print the usage and exit
 */
public record LaunchOptions(Optional<Language> language, Optional<ThemeChoice> theme, Optional<String> page,
                            boolean help) {

    /** Usage text printed by {@code --help} and after a bad argument. */
    public static final String USAGE = """
            usage: java -jar redesk.jar [--lang en|zh] [--theme light|dark] [--page ID] [--help]
              --lang    language for this run (default: saved choice, else the system language)
              --theme   theme for this run (default: saved choice, else light)
              --page    page to open first: home, slips, inquiries, lines, registration, accounts,
                        reconciliation, reports, pools-security, settings (default: home)
            system property -Dredesk.home=<folder> moves preferences and logs (default: the user's app-data folder)""";

    public LaunchOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(page, "page");
    }

    /** No options: saved preferences and system defaults apply. */
    public static LaunchOptions none() {
        return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /**
     * Parses the command line; {@code --lang zh} and {@code --lang=zh} are both accepted.
     *
     * @throws IllegalArgumentException naming the bad argument and what was expected
     */
    public static LaunchOptions parse(String... args) {
        Optional<Language> language = Optional.empty();
        Optional<ThemeChoice> theme = Optional.empty();
        Optional<String> page = Optional.empty();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--lang", "--theme", "--page" -> {
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    if (name.equals("--lang")) {
                        language = Optional.of(Language.fromCode(value).orElseThrow(() -> new IllegalArgumentException(
                                "unknown language '" + value + "' for --lang; expected en or zh")));
                    } else if (name.equals("--page")) {
                        page = Optional.of(value.trim());
                    } else {
                        theme = Optional.of(ThemeChoice.fromCode(value).orElseThrow(() -> new IllegalArgumentException(
                                "unknown theme '" + value + "' for --theme; expected light or dark")));
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        return new LaunchOptions(language, theme, page, help);
    }
}
