package io.redesk.domain.slip;

/**
 * MRC section 2, information: the broker's presentation of the risk (free text; attachments are
 * referenced by name).
 */
public record Information(String text, java.util.List<String> attachments) {

    public Information {
        attachments = attachments == null ? java.util.List.of() : java.util.List.copyOf(attachments);
    }

    public static Information of(String text) {
        return new Information(text, java.util.List.of());
    }
}
