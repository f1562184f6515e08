package tn.entrix.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** JSON documents stored in jsonb columns travel as JSON-P values in views and requests and as text in entities. */
public final class Json {

    private Json() {
    }

    public static String text(JsonStructure value, String empty) {
        return value == null ? empty : value.toString();
    }

    public static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
