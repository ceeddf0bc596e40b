package com.execassistant.desktop.demo;

import static com.execassistant.desktop.demo.DemoPeople.ALEX;
import static com.execassistant.desktop.demo.DemoPeople.ALICIA;
import static com.execassistant.desktop.demo.DemoPeople.DANA;
import static com.execassistant.desktop.demo.DemoPeople.GRACE;
import static com.execassistant.desktop.demo.DemoPeople.LENA;
import static com.execassistant.desktop.demo.DemoPeople.MARCUS;
import static com.execassistant.desktop.demo.DemoPeople.NOAH;
import static com.execassistant.desktop.demo.DemoPeople.OMAR;
import static com.execassistant.desktop.demo.DemoPeople.PRIYA;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the demo meetings say: titles, descriptions and guests that tell the same story as the
 * sample context files (the checkout outage INC-2291, the Frankfurt region decision, the SRE
 * hires). Every description starts with "(demo)"; descriptions avoid the meeting-type keywords of
 * other types, since an untyped title lets the description decide.
 */
final class DemoMeetings {

    private static final String VIDEO = "Video call (demo link)";

    private DemoMeetings() {}

    static DemoMeeting incidentReview(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.uid("incident-review"),
                "incident_review",
                "Incident review: SEV-1 checkout API outage (INC-2291)",
                "(demo) Blameless review of INC-2291: 47 minutes of failed payments for all US"
                        + " customers. We walk the timeline, agree on the root cause and give every"
                        + " follow-up an owner and a date.",
                VIDEO,
                start,
                Duration.ofMinutes(60),
                List.of(
                        MARCUS,
                        ALEX,
                        LENA,
                        PRIYA,
                        DANA,
                        new DemoPerson("Ravi Patel"),
                        new DemoPerson("Ethan Brooks"),
                        new DemoPerson("Aisha Bello")));
    }

    static DemoMeeting oneOnOne(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.ONE_ON_ONE_UID,
                "one_on_one",
                "Alex / Priya 1:1",
                "(demo) Priya's topics: the Frankfurt region decision and what it means for the EU"
                        + " data residency date; feedback on her infrastructure roadmap draft.",
                "Alex's office",
                start,
                Duration.ofMinutes(30),
                List.of(ALEX, PRIYA));
    }

    static DemoMeeting designReview(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.uid("design-review"),
                "default",
                "Design review: checkout load shedding",
                "(demo) Lena's team proposes load shedding at the checkout gateway. Choose between"
                        + " the token-bucket and the adaptive-concurrency design.",
                "Room 3.07",
                start,
                Duration.ofMinutes(60),
                List.of(
                        LENA,
                        ALEX,
                        MARCUS,
                        new DemoPerson("Mateo Alvarez"),
                        new DemoPerson("Sofia Rossi"),
                        new DemoPerson("Lucas Moreau")));
    }

    static DemoMeeting allHands(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.uid("all-hands"),
                "staff_meeting",
                "Engineering all hands",
                "(demo) Quarterly get-together of all of Engineering: wins, the roadmap for next"
                        + " quarter, new joiners and open questions.",
                "Second floor commons and video",
                start,
                Duration.ofMinutes(60),
                DemoPeople.first(40));
    }

    static DemoMeeting leadership(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.uid("leadership"),
                "leadership_meeting",
                "Engineering leadership team",
                "(demo) Directors of Engineering with Finance and Product. Topics: budget"
                        + " variances, the platform reliability program, the Frankfurt region"
                        + " decision.",
                "Boardroom 5.01",
                start,
                Duration.ofMinutes(90),
                DemoPeople.first(12));
    }

    static DemoMeeting vendorPitch(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.CANCELLED_UID,
                "default",
                "Vendor pitch: managed tracing platform",
                "(demo) Cancelled by the organizer: the team chose to extend the current tracing"
                        + " contract for another year.",
                VIDEO,
                start,
                Duration.ofMinutes(45),
                List.of(MARCUS, ALEX, OMAR, new DemoPerson("Ethan Brooks")));
    }

    static DemoMeeting coffeeChat(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.uid("coffee-chat"),
                "default",
                "Coffee chat with Noah Kim",
                "(demo) Getting to know Noah, who joined the Data Platform team last month.",
                "Cafe on the ground floor",
                start,
                Duration.ofMinutes(30),
                List.of(ALEX, NOAH));
    }

    static DemoMeeting hiringSync(ZonedDateTime start) {
        return DemoMeeting.single(
                DemoCalendar.uid("hiring-sync"),
                "default",
                "Hiring sync: Platform reliability engineers",
                "(demo) Pipeline for the two Senior Site Reliability Engineer roles: candidates"
                        + " at the onsite stage, offer approvals and sourcing.",
                "Room 4.12",
                start,
                Duration.ofMinutes(45),
                List.of(ALICIA, ALEX, MARCUS, DANA, new DemoPerson("Hannah Schmidt")));
    }

    static DemoMeeting qbr(ZonedDateTime start, int quarter) {
        List<DemoPerson> people = new ArrayList<>(DemoPeople.first(25));
        people.remove(GRACE);
        people.addFirst(GRACE);
        return DemoMeeting.single(
                DemoCalendar.QBR_UID,
                "qbr",
                "Engineering QBR: Q" + quarter + " review",
                "(demo) Quarterly business review of Engineering with the executive team:"
                        + " results against plan, budget, big rocks, incidents and hiring, and the"
                        + " asks for next quarter.",
                "Auditorium and video",
                start,
                Duration.ofMinutes(120),
                people);
    }

    /**
     * @param seriesStart the series' first occurrence, weeks before the demo begins
     * @param excluded the one occurrence left out (EXDATE)
     */
    static DemoMeeting staffSeries(ZonedDateTime seriesStart, ZonedDateTime excluded) {
        return new DemoMeeting(
                DemoCalendar.STAFF_SERIES_UID,
                "staff_meeting",
                "Weekly staff meeting",
                "(demo) Directors and managers of Engineering: wins, escalations, hiring and what"
                        + " the teams should hear this week. No meeting in the offsite week.",
                "Room 4.12",
                seriesStart,
                Duration.ofMinutes(60),
                DemoPeople.first(16),
                true,
                List.of(excluded),
                false);
    }
}
