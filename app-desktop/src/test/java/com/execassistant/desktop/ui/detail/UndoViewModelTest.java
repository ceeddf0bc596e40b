package com.execassistant.desktop.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoViewModelTest {

    private final UndoViewModel vm = new UndoViewModel();
    private final List<String> undone = new ArrayList<>();

    @Test
    void undoRunsTheOfferedActionOnceAndHidesTheBar() {
        vm.offer("Prep skipped.", () -> undone.add("skip"));

        vm.undo();
        vm.undo();

        assertThat(undone).containsExactly("skip");
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void aNewerOfferReplacesTheOlderOneAndOutlivesItsTimer() {
        vm.offer("Prep skipped.", () -> undone.add("skip"));
        int first = vm.offerProperty().get();
        vm.offer("Type set to qbr.", () -> undone.add("type"));

        vm.expire(first);
        vm.undo();

        assertThat(undone).containsExactly("type");
    }

    @Test
    void anExpiredOfferCanNoLongerBeUndone() {
        vm.offer("Prep skipped.", () -> undone.add("skip"));

        vm.expire(vm.offerProperty().get());
        vm.undo();

        assertThat(undone).isEmpty();
        assertThat(vm.showingProperty().get()).isFalse();
    }
}
