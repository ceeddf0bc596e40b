package com.execassistant.desktop.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.execassistant.desktop.ui.DirectUiExecutor;
import com.execassistant.desktop.ui.UiFixture;
import com.execassistant.desktop.ui.app.StatusBarViewModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    @TempDir Path dir;
    private UiFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    private TimelineViewModel loaded() throws Exception {
        f = new UiFixture(dir).withSampleWeek();
        TimelineViewModel vm =
                new TimelineViewModel(f.backend, new DirectUiExecutor(), new StatusBarViewModel());
        vm.load();
        return vm;
    }

    @Test
    void storedMeetingsAreListedInTimeOrderUnderDayHeaders() throws Exception {
        TimelineViewModel vm = loaded();

        assertThat(vm.rowsShown())
                .extracting(TimelineRow::title)
                .containsExactly(
                        UiFixture.ONE_ON_ONE,
                        UiFixture.DESIGN,
                        UiFixture.QBR,
                        UiFixture.LEADERSHIP);
        assertThat(vm.items().get(0)).isInstanceOf(TimelineItem.DayHeader.class);
        assertThat(vm.items()).filteredOn(TimelineItem.DayHeader.class::isInstance).hasSize(4);
    }

    @Test
    void eachRowCarriesTypeAttendeeCountAndPrepState() throws Exception {
        TimelineViewModel vm = loaded();

        TimelineRow lt =
                vm.rowsShown().stream()
                        .filter(r -> r.title().equals(UiFixture.LEADERSHIP))
                        .findFirst()
                        .orElseThrow();
        assertThat(lt.type()).isEqualTo("leadership_meeting");
        assertThat(lt.attendees()).isEqualTo(12);
        assertThat(lt.prep().kind()).isEqualTo(PrepState.Kind.SCHEDULED);
        assertThat(lt.prep().text()).startsWith("prep scheduled ");
    }

    @Test
    void searchKeepsOnlyMatchingMeetingsAndTheirDays() throws Exception {
        TimelineViewModel vm = loaded();

        vm.searchProperty().set("qbr");

        assertThat(vm.rowsShown()).extracting(TimelineRow::title).containsExactly(UiFixture.QBR);
        assertThat(vm.items()).hasSize(2);
    }

    @Test
    void typeFilterKeepsOnlyThatType() throws Exception {
        TimelineViewModel vm = loaded();

        vm.typeProperty().set("one_on_one");

        assertThat(vm.rowsShown())
                .extracting(TimelineRow::title)
                .containsExactly(UiFixture.ONE_ON_ONE);
        assertThat(vm.types()).contains(TimelineViewModel.ALL_TYPES, "one_on_one", "qbr");
    }

    @Test
    void stateFilterKeepsOnlyRowsInThatPrepState() throws Exception {
        TimelineViewModel vm = loaded();

        vm.stateProperty().set(StateFilter.SCHEDULED);

        assertThat(vm.rowsShown())
                .allSatisfy(r -> assertThat(r.prep().kind()).isEqualTo(PrepState.Kind.SCHEDULED))
                .extracting(TimelineRow::title)
                .contains(UiFixture.LEADERSHIP);
    }

    @Test
    void stateAndTypeFiltersCombine() throws Exception {
        TimelineViewModel vm = loaded();

        // The leadership meeting's prep is days away: scheduled, never ready in this week.
        vm.typeProperty().set("leadership_meeting");
        vm.stateProperty().set(StateFilter.READY);

        assertThat(vm.rowsShown()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).contains("filters");
        vm.stateProperty().set(StateFilter.SCHEDULED);
        assertThat(vm.rowsShown())
                .extracting(TimelineRow::title)
                .containsExactly(UiFixture.LEADERSHIP);
    }

    @Test
    void aReloadKeepsTheChosenTypeFilter() throws Exception {
        TimelineViewModel vm = loaded();
        vm.typeProperty().set("qbr");

        vm.load();

        assertThat(vm.typeProperty().get()).isEqualTo("qbr");
        assertThat(vm.rowsShown()).extracting(TimelineRow::title).containsExactly(UiFixture.QBR);
    }

    @Test
    void anEmptyWorkspaceSaysHowToConnectACalendar() throws Exception {
        f = new UiFixture(dir);
        TimelineViewModel vm =
                new TimelineViewModel(f.backend, new DirectUiExecutor(), new StatusBarViewModel());

        vm.load();

        assertThat(vm.items()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).contains("Connect a calendar");
    }
}
