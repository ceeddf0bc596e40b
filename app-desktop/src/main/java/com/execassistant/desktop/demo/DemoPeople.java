package com.execassistant.desktop.demo;

import java.util.List;

/**
 * The demo organisation: Alex, an engineering leader, and the people around them. The first names
 * are the ones the sample context files mention, so the prep materials and the calendar tell one
 * story.
 */
final class DemoPeople {

    /** The demo calendar's owner: the user while the demo lasts. */
    static final DemoPerson ALEX = new DemoPerson("Alex Morgan");

    static final DemoPerson PRIYA = new DemoPerson("Priya Raman");
    static final DemoPerson MARCUS = new DemoPerson("Marcus Bell");
    static final DemoPerson LENA = new DemoPerson("Lena Fischer");
    static final DemoPerson SAM = new DemoPerson("Sam Whitaker");
    static final DemoPerson OMAR = new DemoPerson("Omar Haddad");
    static final DemoPerson ALICIA = new DemoPerson("Alicia Gomez");
    static final DemoPerson JORDAN = new DemoPerson("Jordan Ellis");
    static final DemoPerson DANA = new DemoPerson("Dana Okafor");
    static final DemoPerson GRACE = new DemoPerson("Grace Liu");
    static final DemoPerson NOAH = new DemoPerson("Noah Kim");

    /** Everyone, in order of closeness to Alex: a meeting of n people takes the first n. */
    private static final List<DemoPerson> EVERYONE =
            names(
                    ALEX,
                    PRIYA,
                    MARCUS,
                    LENA,
                    SAM,
                    OMAR,
                    ALICIA,
                    JORDAN,
                    GRACE,
                    DANA,
                    NOAH,
                    "Ravi Patel",
                    "Chloe Martin",
                    "Kenji Watanabe",
                    "Hannah Schmidt",
                    "Mateo Alvarez",
                    "Sofia Rossi",
                    "Ethan Brooks",
                    "Aisha Bello",
                    "Lucas Moreau",
                    "Mia Jensen",
                    "Fatima Zahra",
                    "Oliver Grant",
                    "Isabel Costa",
                    "Tom Becker",
                    "Nina Petrova",
                    "Samuel Adeyemi",
                    "Julia Novak",
                    "Ben Carter",
                    "Zoe Lambert",
                    "Arjun Mehta",
                    "Emma Lindqvist",
                    "Leo Fontaine",
                    "Maya Singh",
                    "Ahmed Nasser",
                    "Claire Dubois",
                    "Diego Ramos",
                    "Hana Sato",
                    "Ivan Horvat",
                    "Laura Weiss",
                    "Marco Bianchi",
                    "Nora Quinn",
                    "Paul Ortega",
                    "Rosa Delgado",
                    "Simon Clarke");

    private DemoPeople() {}

    /** The first {@code count} people, Alex included. */
    static List<DemoPerson> first(int count) {
        if (count > EVERYONE.size()) {
            throw new IllegalArgumentException("the demo has only " + EVERYONE.size() + " people");
        }
        return EVERYONE.subList(0, count);
    }

    private static List<DemoPerson> names(Object... people) {
        return java.util.Arrays.stream(people)
                .map(p -> p instanceof DemoPerson d ? d : new DemoPerson((String) p))
                .toList();
    }
}
