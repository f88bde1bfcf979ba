package io.redesk.app.underwriting;

import io.redesk.domain.money.Share;
import io.redesk.sdk.model.line.LineWriteRequest;
import io.redesk.sdk.model.line.SubjectivityRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the "write a line" form and builds the exchange's request. The written share is a percentage
 * of the order, above 0 and at most 100, with at most four decimals (the domain's {@link Share}).
 * Subjectivities are one a line, optionally with a deadline after a bar: {@code Survey report | 2027-01-31}.
 */
public final class LineForm {

    public static final String WRITTEN = "writtenShare";
    public static final String SUBJECTIVITIES = "subjectivities";

    private LineForm() {
    }

    /** The checked form. */
    public record Result(List<FieldProblem> problems, Optional<LineWriteRequest> request) {
    }

    /** Checks the form; {@code today} is the user's date (a subjectivity deadline cannot be in the past). */
    public static Result check(String writtenShare, boolean toStand, String conditions, String reference,
                               String subjectivities, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Share share = null;
        if (QuoteForm.blank(writtenShare)) {
            problems.add(new FieldProblem(WRITTEN, "required", ""));
        } else {
            share = QuoteForm.parseShare(writtenShare, WRITTEN, problems);
            if (share != null && (share.isZero() || share.exceeds(Share.HUNDRED))) {
                problems.add(new FieldProblem(WRITTEN, "percent.range", ""));
            }
        }
        List<SubjectivityRequest> subs = new ArrayList<>();
        List<String> lines = QuoteForm.lines(subjectivities);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int bar = line.lastIndexOf('|');
            String text = bar < 0 ? line : line.substring(0, bar).trim();
            LocalDate deadline = null;
            if (bar >= 0) {
                String date = line.substring(bar + 1).trim();
                try {
                    deadline = LocalDate.parse(date);
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem(SUBJECTIVITIES, "subjectivity.date", String.valueOf(i + 1)));
                    continue;
                }
                if (deadline.isBefore(today)) {
                    problems.add(new FieldProblem(SUBJECTIVITIES, "subjectivity.past", String.valueOf(i + 1)));
                    continue;
                }
            }
            if (text.isEmpty()) {
                problems.add(new FieldProblem(SUBJECTIVITIES, "subjectivity.text", String.valueOf(i + 1)));
                continue;
            }
            subs.add(new SubjectivityRequest(text, deadline));
        }
        if (!problems.isEmpty()) {
            return new Result(List.copyOf(problems), Optional.empty());
        }
        return new Result(List.of(), Optional.of(new LineWriteRequest(share.percent().toPlainString(), toStand,
                QuoteForm.blank(conditions) ? null : conditions.trim(),
                QuoteForm.blank(reference) ? null : reference.trim(),
                subs.isEmpty() ? null : subs)));
    }
}
