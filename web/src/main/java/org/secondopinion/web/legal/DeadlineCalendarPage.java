package org.secondopinion.web.legal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.secondopinion.legal.boundary.Deadlines;
import org.secondopinion.web.shell.PageMessages;

/** {@code legal/calendar.xhtml}: every dated deadline of the caller's cases from today on, as a list and a month view. */
@Named
@ViewScoped
public class DeadlineCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Deadlines deadlines;

    @Inject
    PageMessages messages;

    private List<Deadlines.CalendarEntry> entries;
    // declared as the model class: the ScheduleModel interface is not Serializable, and this bean goes with the session
    private DefaultScheduleModel schedule;
    private LocalDate firstDate;

    @PostConstruct
    void load() {
        entries = deadlines.calendar(0, Deadlines.CALENDAR_CASES);
        schedule = new DefaultScheduleModel();
        for (Deadlines.CalendarEntry entry : entries) {
            schedule.addEvent(DefaultScheduleEvent.builder()
                    .title(messages.text("legal.deadline." + entry.deadline().kind()) + " · " + entry.caseReference()
                            + " · " + entry.defendant())
                    .startDate(entry.deadline().date().atStartOfDay())
                    .endDate(entry.deadline().date().atStartOfDay())
                    .allDay(true)
                    .url("case.xhtml?id=" + entry.caseId())
                    .styleClass("deadline-" + entry.deadline().kind().name().toLowerCase())
                    .build());
        }
        firstDate = entries.isEmpty() ? LocalDate.now() : entries.get(0).deadline().date();
    }

    public String getNotLegalAdvice() { return Deadlines.NOT_LEGAL_ADVICE; }
    public List<Deadlines.CalendarEntry> getEntries() { return entries; }
    public ScheduleModel getSchedule() { return schedule; }
    public LocalDate getFirstDate() { return firstDate; }
}
