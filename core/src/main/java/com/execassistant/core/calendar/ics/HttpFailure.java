package com.execassistant.core.calendar.ics;

/** Plain sentences for the HTTP answers a published calendar address gives when it fails. */
final class HttpFailure {

    private HttpFailure() {}

    /**
     * @param name the subject, e.g. "The calendar address https://host/…"
     */
    static String describe(String name, int status) {
        return switch (status) {
            case 401, 403 ->
                    name
                            + " refused access (HTTP "
                            + status
                            + "). The secret address may have been reset: copy the current one"
                            + " from the calendar's settings.";
            case 404, 410 ->
                    name
                            + " was not found (HTTP "
                            + status
                            + "). Check that the address is complete and still published.";
            case 301, 302, 303, 307, 308 ->
                    name
                            + " redirects elsewhere (HTTP "
                            + status
                            + ") and the redirect was not followed; use the final address.";
            default ->
                    status >= 500
                            ? name
                                    + " failed on the server side (HTTP "
                                    + status
                                    + "). Try again later."
                            : name + " answered HTTP " + status + " instead of a calendar.";
        };
    }
}
