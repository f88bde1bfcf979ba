package io.redesk.domain.slip;

import io.redesk.domain.line.Line;
import io.redesk.domain.money.Share;
import java.util.List;

/**
 * MRC section 3, security details: the order hereon (the share of the whole risk being placed), what
 * written lines are percentages of, the signing provisions, and the lines written.
 */
public record SecurityDetails(Share orderHereon, WrittenLineBasis basisOfWrittenLines, String signingProvisions,
                              List<Line> lines) {

    public SecurityDetails {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
