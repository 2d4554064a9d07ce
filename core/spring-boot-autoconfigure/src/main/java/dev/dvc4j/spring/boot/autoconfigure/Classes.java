package dev.dvc4j.spring.boot.autoconfigure;

/** Which optional dvc4j artifacts and libraries the application has. */
final class Classes {

    static final boolean POSTAL = present("dev.dvc4j.postal.PostalCalculator");
    static final boolean STATS = present("dev.dvc4j.stats.DossierFacts");
    static final boolean JACKSON3 = present("tools.jackson.databind.json.JsonMapper")
            && present("dev.dvc4j.jackson3.Dvc4jJson3");

    private Classes() {
    }

    static boolean present(String name) {
        try {
            Class.forName(name, false, Classes.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
