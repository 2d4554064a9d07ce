package dev.dvc4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.json.Dvc4jJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Forged dossier histories, to test that a host's verification catches them: the <em>re-hashed forgery</em> edits one
 * event and recomputes every later hash and the head, so the hash chain alone finds nothing; only a head hash stored
 * elsewhere or a head signature can. The edit replaces an event's {@code actor} (who did it), which every event has
 * and no lifecycle rule reads, so the forged history is still legal.
 */
public final class HistoryForgery {

    private static final ObjectMapper JSON = Dvc4jJson.mapper();

    /** What a forged document does with the dossier's signatures. */
    public enum Signatures {
        /** Leaves them as they were: a signature above the edit no longer matches the history's head. */
        KEEP,
        /** Removes them, as a forger who cannot sign would: nothing is covered any more. */
        DROP,
        /**
         * Moves each signature to the forged head at its number of events, its bytes unchanged: the document reads, but
         * the signature no longer verifies.
         */
        MOVE_TO_FORGED_HEADS
    }

    private HistoryForgery() {
    }

    /**
     * A history with one event's actor replaced and every later link recomputed: its hash chain is intact.
     *
     * @param events the history
     * @param index the event to edit, from 0
     * @param actor the new actor, different from the old one
     * @return the forged history
     */
    public static List<DossierEvent> rehashed(List<? extends DossierEvent> events, int index, String actor) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(actor, "actor");
        if (index < 0 || index >= events.size()) {
            throw new IndexOutOfBoundsException("index " + index + " of " + events.size() + " events");
        }
        if (events.get(index).actor().equals(actor)) {
            throw new IllegalArgumentException("the new actor must differ from the old one");
        }
        List<DossierEvent> out = new ArrayList<>(events.size());
        String previous = DossierEvent.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            ObjectNode tree = JSON.valueToTree(events.get(i));
            tree.put("previousHash", previous);
            if (i == index) {
                tree.put("actor", actor);
            }
            DossierEvent e = read(tree);
            out.add(e);
            previous = Dossier.hash(e);
        }
        return out;
    }

    /**
     * A dossier document forged the same way: its events edited and re-hashed, its {@code headHash} recomputed, its
     * signatures handled as asked.
     *
     * @param dossier the genuine dossier
     * @param index the event to edit
     * @param actor the new actor
     * @param signatures what to do with the signatures
     * @return the forged document, in dvc4j's wire format
     */
    public static String rehashedDocument(Dossier dossier, int index, String actor, Signatures signatures) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(signatures, "signatures");
        List<DossierEvent> forged = rehashed(dossier.events(), index, actor);
        ObjectNode tree = JSON.valueToTree(dossier);
        ArrayNode events = tree.putArray("events");
        forged.forEach(e -> events.add(JSON.<JsonNode>valueToTree(e)));
        tree.put("headHash", Dossier.hash(forged.get(forged.size() - 1)));
        if (signatures == Signatures.DROP) {
            tree.remove("signatures");
        } else if (signatures == Signatures.MOVE_TO_FORGED_HEADS && tree.get("signatures") instanceof ArrayNode signed) {
            for (JsonNode s : signed) {
                ((ObjectNode) s).put("headHash", Dossier.hash(forged.get(s.get("version").asInt() - 1)));
            }
        }
        return tree.toString();
    }

    private static DossierEvent read(ObjectNode tree) {
        try {
            return JSON.treeToValue(tree, DossierEvent.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a dvc4j event could not be read back", e);
        }
    }
}
