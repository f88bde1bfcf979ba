package io.redesk.app.ui.inquiry;

import io.redesk.app.ui.i18n.I18n;
import io.redesk.app.ui.slips.StatusText;
import io.redesk.sdk.model.placement.Placement;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A drop-down of the broker's placements ("UMR — title (status)"), shared by the desk pages. */
public final class PlacementChooser extends ComboBox<Placement> {

    public PlacementChooser(String id, ObservableList<Placement> items, ObjectProperty<Placement> selected, I18n i18n) {
        super(items);
        setId(id);
        setCellFactory(v -> new Cell(i18n));
        setButtonCell(new Cell(i18n));
        valueProperty().bindBidirectional(selected);
        promptTextProperty().bind(i18n.bind("desk.choosePlacement"));
        setPrefWidth(520);
    }

    private static final class Cell extends ListCell<Placement> {
        private final I18n i18n;

        Cell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Placement p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : p.umr() + " — " + p.title() + " ("
                    + i18n.text(StatusText.keyOf(io.redesk.domain.placement.PlacementStatus.valueOf(p.status().name()))) + ")");
        }
    }
}
