package io.redesk.app.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMergeTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode j(String s) throws Exception {
        return M.readTree(s.replace('\'', '"'));
    }

    @Test
    void fieldsChangedOnOneSideTakeThatSide() throws Exception {
        JsonNode base = j("{'information':'a','riskDetails':{'interest':'hull','limit':{'amount':'1'}}}");
        JsonNode mine = j("{'information':'mine','riskDetails':{'interest':'hull','limit':{'amount':'1'}}}");
        JsonNode theirs = j("{'information':'a','riskDetails':{'interest':'hull and liability','limit':{'amount':'1'}}}");
        assertThat(FieldMerge.merge(base, mine, theirs, Map.of()))
                .isEqualTo(j("{'information':'mine','riskDetails':{'interest':'hull and liability','limit':{'amount':'1'}}}"));
    }

    @Test
    void aFieldChangedOnBothSidesNeedsAChoiceAndNamesIt() throws Exception {
        JsonNode base = j("{'information':'a','umr':'X'}");
        JsonNode mine = j("{'information':'mine','umr':'X'}");
        JsonNode theirs = j("{'information':'theirs','umr':'X'}");
        assertThatThrownBy(() -> FieldMerge.merge(base, mine, theirs, Map.of()))
                .isInstanceOf(FieldMerge.ChoiceNeededException.class).hasMessageContaining("information");
        assertThat(FieldMerge.merge(base, mine, theirs, Map.of("information", FieldMerge.Side.THEIRS)))
                .isEqualTo(theirs);
        assertThat(FieldMerge.merge(base, mine, theirs, Map.of("information", FieldMerge.Side.MINE))).isEqualTo(mine);
    }

    @Test
    void anExplicitChoiceWinsEvenWhereOnlyOneSideChanged() throws Exception {
        JsonNode base = j("{'a':1,'b':1}");
        JsonNode mine = j("{'a':2,'b':1}");
        JsonNode theirs = j("{'a':1,'b':3}");
        assertThat(FieldMerge.merge(base, mine, theirs, Map.of("a", FieldMerge.Side.THEIRS))).isEqualTo(j("{'a':1,'b':3}"));
    }

    @Test
    void differencesListOnlyFieldsWhereTheSidesDisagree() throws Exception {
        JsonNode base = j("{'a':1,'b':1,'c':1}");
        JsonNode mine = j("{'a':2,'b':2,'c':1}");
        JsonNode theirs = j("{'a':1,'b':3,'c':1}");
        assertThat(FieldMerge.differences(base, mine, theirs)).containsExactly(Map.entry("a", false), Map.entry("b", true));
    }

    @Test
    void aChoiceForAFieldThatDoesNotExistIsRefused() throws Exception {
        JsonNode n = j("{'a':1}");
        assertThatThrownBy(() -> FieldMerge.merge(n, n, n, Map.of("nope", FieldMerge.Side.MINE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field nope");
    }

    @Test
    void listsAreLeavesAndFieldsRemovedOnOneSideStayRemoved() throws Exception {
        JsonNode base = j("{'conditions':['x'],'gone':'y'}");
        JsonNode mine = j("{'conditions':['x','z']}");
        JsonNode theirs = j("{'conditions':['x'],'gone':'y'}");
        assertThat(FieldMerge.merge(base, mine, theirs, Map.of())).isEqualTo(j("{'conditions':['x','z']}"));
    }
}
