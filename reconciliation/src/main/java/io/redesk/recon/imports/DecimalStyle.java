package io.redesk.recon.imports;

/**
 * Which characters a source uses as decimal and thousands separators. Chosen in the mapping, never guessed:
 * {@code 1.234} is one thousand two hundred and thirty-four in one style and one point two three four in the
 * other.
 */
public enum DecimalStyle {
    /** {@code 1,234.56} (also Chinese full-width {@code １，２３４．５６}). */
    POINT('.', ','),
    /** {@code 1.234,56}, as continental European banks write it. */
    COMMA(',', '.');

    private final char decimal;
    private final char grouping;

    DecimalStyle(char decimal, char grouping) {
        this.decimal = decimal;
        this.grouping = grouping;
    }

    public char decimal() {
        return decimal;
    }

    public char grouping() {
        return grouping;
    }
}
