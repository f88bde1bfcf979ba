package io.redesk.app;

import io.redesk.app.i18n.Language;
import io.redesk.app.prefs.ThemeChoice;
import java.util.Objects;
import java.util.Optional;

/**
 * The desktop app's command line: {@code [--lang en|zh] [--theme light|dark] [--page ID] [--help]}.
 *
 * <p>{@code --demo-user NAME} signs the demo user {@code NAME} in at start (built-in demo exchange only,
 * profile {@code NAME} with a fixed demo passphrase): for screenshots and trying the desk quickly.
 *
 * <p>{@code --lang} and {@code --theme} override the saved preferences for this run only (handy for
 * screenshots and support); a choice made in Settings is still saved as usual. {@code --page} opens
 * a page other than home; the UI layer checks the id (the pages are a UI concept).
 *
 * @param language language for this run, if given
 * @param theme    theme for this run, if given
 * @param page     id of the page to open first ({@code settings}, {@code slips}, ...), if given
 * @param help     whether to print the usage and exit
 * @param demoUser demo user to sign in at start, if given
 * @param placement market reference (UMR) of the placement the desk pages open at start, if given
 *                  (the slips editor, the quote board, the lines monitor and registration pick it)
 */
public record LaunchOptions(Optional<Language> language, Optional<ThemeChoice> theme, Optional<String> page,
                            boolean help, Optional<String> demoUser, Optional<String> placement) {

    /** Options without a placement to open. */
    public LaunchOptions(Optional<Language> language, Optional<ThemeChoice> theme, Optional<String> page,
                         boolean help, Optional<String> demoUser) {
        this(language, theme, page, help, demoUser, Optional.empty());
    }

    /** {@code --self-test}, alone on the command line: check the installation without a display ({@code SelfTest}). */
    public static final String SELF_TEST = "--self-test";

    /** Usage text printed by {@code --help} and after a bad argument. */
    public static final String USAGE = """
            usage: java -jar redesk.jar [--lang en|zh] [--theme light|dark] [--page ID] [--demo-user NAME] [--placement UMR] [--help]
              --lang    language for this run (default: saved choice, else the system language)
              --theme   theme for this run (default: saved choice, else light)
              --page    page to open first: home, slips, inquiries, lines, registration, accounts,
                        reconciliation, reports, pools-security, inbox, sync-issues, settings (default: home)
              --demo-user  sign this demo user in at start (built-in demo exchange only), e.g. uw.pudong
              --placement  open this placement (by UMR) on the desk pages, e.g. B0999HT2027013
            or:    redesk --self-test   check this installation without a display (built-in demo exchange, a vault)
            system property -Dredesk.home=<folder> moves preferences and logs (default: the user's app-data folder)""";

    public LaunchOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(demoUser, "demoUser");
        Objects.requireNonNull(placement, "placement");
    }

    /** Options without an automatic demo sign-in. */
    public LaunchOptions(Optional<Language> language, Optional<ThemeChoice> theme, Optional<String> page,
                         boolean help) {
        this(language, theme, page, help, Optional.empty());
    }

    /** Options without a first page or an automatic demo sign-in. */
    public LaunchOptions(Optional<Language> language, Optional<ThemeChoice> theme, boolean help) {
        this(language, theme, Optional.empty(), help, Optional.empty());
    }

    /** No options: saved preferences and system defaults apply. */
    public static LaunchOptions none() {
        return new LaunchOptions(Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty());
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
        Optional<String> demoUser = Optional.empty();
        Optional<String> placement = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--lang", "--theme", "--page", "--demo-user", "--placement" -> {
                    String value;
                    if (arg.contains("=")) {
                        value = arg.substring(arg.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    if (name.equals("--demo-user")) {
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--demo-user needs a user name, e.g. uw.pudong");
                        }
                        demoUser = Optional.of(value.trim());
                    } else if (name.equals("--lang")) {
                        language = Optional.of(Language.fromCode(value).orElseThrow(() -> new IllegalArgumentException(
                                "unknown language '" + value + "' for --lang; expected en or zh")));
                    } else if (name.equals("--placement")) {
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--placement needs a UMR, e.g. B0999HT2027013");
                        }
                        placement = Optional.of(value.trim());
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
        return new LaunchOptions(language, theme, page, help, demoUser, placement);
    }
}
