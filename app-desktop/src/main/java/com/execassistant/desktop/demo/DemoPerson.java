package com.execassistant.desktop.demo;

import java.util.Locale;

/** Someone on the demo calendar; every address is on the reserved {@code demo.example} domain. */
record DemoPerson(String name) {

    static final String DOMAIN = "demo.example";

    String email() {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + DOMAIN;
    }
}
