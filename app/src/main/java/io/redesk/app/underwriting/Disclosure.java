package io.redesk.app.underwriting;

import java.util.Objects;
import java.util.Optional;

/**
 * One fact about the market on a placement as the underwriter may see it (DESIGN.md §3): shown with
 * its value, masked (it exists but is another party's trade secret), or not yet there. A masked fact
 * is never shown as blank: the view marks it with a lock and the word "masked".
 *
 * @param item  which fact
 * @param state shown, masked or not yet
 * @param value the value when shown
 */
public record Disclosure(Item item, State state, Optional<String> value) {

    /** The facts the market panel lists. */
    public enum Item {
        LEAD_PREMIUM, LEAD_RATE, LEAD_CONDITIONS, ORDER_SHARE, COMPETITOR_QUOTES, OTHER_LINES
    }

    /** How the fact may be shown. */
    public enum State {
        SHOWN, MASKED, NOT_YET
    }

    public Disclosure {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(value, "value");
        if (state == State.SHOWN && value.isEmpty()) {
            throw new IllegalArgumentException(item + " is shown but has no value");
        }
        if (state != State.SHOWN && value.isPresent()) {
            // a masked fact must not carry the secret along, not even unused
            throw new IllegalArgumentException(item + " is " + state + " and must carry no value");
        }
    }

    static Disclosure shown(Item item, String value) {
        return new Disclosure(item, State.SHOWN, Optional.of(value));
    }

    static Disclosure masked(Item item) {
        return new Disclosure(item, State.MASKED, Optional.empty());
    }

    static Disclosure notYet(Item item) {
        return new Disclosure(item, State.NOT_YET, Optional.empty());
    }
}
