/**
 * dvc4j postal: public postal service (BCCI) tariffs, quotes, exemptions and subsidies.
 */
module dev.dvc4j.postal {
    requires transitive dev.dvc4j.base;

    exports dev.dvc4j.postal;


    // Jackson reads and writes the postal records reflectively (the API records and the internal file formats).
    opens dev.dvc4j.postal to com.fasterxml.jackson.databind;
    opens dev.dvc4j.postal.internal to com.fasterxml.jackson.databind;
}
