package io.redesk.app.underwriting;

import static org.assertj.core.api.Assertions.assertThat;

import io.redesk.sdk.model.line.SubjectivityRequest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LineFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void buildsALineWithConditionsAndDatedSubjectivities() {
        LineForm.Result r = LineForm.check("22.5", true, "Our wording", "UW-7", "Survey report | 2027-01-31\nLoss record",
                TODAY);

        assertThat(r.problems()).isEmpty();
        var request = r.request().orElseThrow();
        assertThat(request.writtenShare()).isEqualTo("22.5000");
        assertThat(request.toStand()).isTrue();
        assertThat(request.conditions()).isEqualTo("Our wording");
        assertThat(request.underwriterReference()).isEqualTo("UW-7");
        assertThat(request.subjectivities()).containsExactly(
                new SubjectivityRequest("Survey report", LocalDate.of(2027, 1, 31)),
                new SubjectivityRequest("Loss record", null));
    }

    @Test
    void theWrittenShareIsAPercentageOfTheOrder() {
        assertThat(LineForm.check("", false, "", "", "", TODAY).problems())
                .containsExactly(new FieldProblem("writtenShare", "required", ""));
        assertThat(LineForm.check("0", false, "", "", "", TODAY).problems())
                .containsExactly(new FieldProblem("writtenShare", "percent.range", ""));
        assertThat(LineForm.check("101", false, "", "", "", TODAY).problems())
                .containsExactly(new FieldProblem("writtenShare", "percent.range", ""));
        assertThat(LineForm.check("ten", false, "", "", "", TODAY).problems())
                .containsExactly(new FieldProblem("writtenShare", "number", "ten"));
    }

    @Test
    void namesTheSubjectivityLineThatIsWrong() {
        assertThat(LineForm.check("10", false, "", "", "Fine\nSurvey | 31/01/2027", TODAY).problems())
                .containsExactly(new FieldProblem("subjectivities", "subjectivity.date", "2"));
        assertThat(LineForm.check("10", false, "", "", "Survey | 2026-01-01", TODAY).problems())
                .containsExactly(new FieldProblem("subjectivities", "subjectivity.past", "1"));
        assertThat(LineForm.check("10", false, "", "", " | 2027-01-01", TODAY).problems())
                .containsExactly(new FieldProblem("subjectivities", "subjectivity.text", "1"));
    }
}
