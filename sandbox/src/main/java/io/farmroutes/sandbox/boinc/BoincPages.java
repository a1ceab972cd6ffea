package io.farmroutes.sandbox.boinc;

/** The HTML pages a BOINC project site shows (errors, maintenance, small listings). */
final class BoincPages {

    private BoincPages() {
    }

    /** A whole page; {@code bodyHtml} is inserted as is. */
    static String page(String projectName, String title, String bodyHtml) {
        String t = Php.htmlspecialchars(title);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + t + "</title>\n"
                + "</head>\n<body>\n<div class=\"container-fluid\">\n<h2>" + Php.htmlspecialchars(projectName)
                + "</h2>\n<h3>" + t + "</h3>\n" + bodyHtml + "\n</div>\n</body>\n</html>\n";
    }

    /** error_page(): "Unable to handle request" with the message. */
    static String error(String projectName, String message) {
        return page(projectName, "Unable to handle request", message);
    }

    /** What every page shows while the project's web site is stopped. */
    static String projectDown(String projectName) {
        return page(projectName, "Project down for maintenance",
                Php.htmlspecialchars(projectName)
                        + " is temporarily shut down for maintenance.  Please try again later.");
    }

    /** What every page shows when the database cannot be reached. */
    static String databaseDown(String projectName) {
        return page(projectName, "Database error",
                "A database error occurred while handling your request; please try again later.");
    }
}
