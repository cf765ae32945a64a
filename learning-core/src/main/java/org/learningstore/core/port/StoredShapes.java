package org.learningstore.core.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.learningstore.core.assessment.AnswerKey;
import org.learningstore.core.assessment.GradedQuestion;
import org.learningstore.core.assessment.QuestionKind;
import org.learningstore.core.assessment.QuestionOption;
import org.learningstore.core.assessment.Response;

/**
 * The machine JSON every backend stores, defined once as trees of plain maps, lists and scalars
 * (see {@link JsonCodec}); adapters only turn these trees into text and back. Shapes:
 * <ul>
 * <li>question options: {@code [{"key", "text"}, ...]} in the question's order;</li>
 * <li>an answer key: {@code {"type": "choices", "keys": [sorted]}}, {@code {"type": "truth", "value"}},
 *     {@code {"type": "texts", "accepted": [...]}} or {@code {"type": "number", "value", "tolerance"}};</li>
 * <li>a response: {@code {"type": "choices", "keys": [sorted]}}, {@code {"type": "truth", "value"}},
 *     {@code {"type": "text", "value"}} or {@code {"type": "number", "value"}};</li>
 * <li>what an attempt was graded against: {@code [{"questionId", "kind", "points", "answerKey"}, ...]},
 *     null while nothing was graded;</li>
 * <li>ids and texts (question orders, tags, objectives): arrays of strings.</li>
 * </ul>
 * A stored tree that does not have its shape is a damaged store: {@link IllegalStateException}.
 */
public final class StoredShapes {
    private StoredShapes() {
    }

    // question options

    public static List<Map<String, Object>> optionsTree(List<QuestionOption> options) {
        List<Map<String, Object>> tree = new ArrayList<>(options.size());
        for (QuestionOption option : options) {
            var item = new LinkedHashMap<String, Object>();
            item.put("key", option.key());
            item.put("text", option.text());
            tree.add(item);
        }
        return tree;
    }

    public static List<QuestionOption> options(Object tree) {
        List<QuestionOption> options = new ArrayList<>();
        for (Object item : list("options", tree)) {
            Map<?, ?> option = map("options", item);
            options.add(new QuestionOption(text("options", option.get("key")), text("options", option.get("text"))));
        }
        return List.copyOf(options);
    }

    // answer keys

    public static Map<String, Object> answerKeyTree(AnswerKey key) {
        if (key instanceof AnswerKey.Choices choices) {
            return choicesTree(choices.optionKeys());
        } else if (key instanceof AnswerKey.Truth truth) {
            return typed("truth", "value", truth.value());
        } else if (key instanceof AnswerKey.Texts texts) {
            return typed("texts", "accepted", texts.accepted());
        }
        var number = (AnswerKey.Number) key;
        Map<String, Object> tree = typed("number", "value", number.value());
        tree.put("tolerance", number.tolerance());
        return tree;
    }

    public static AnswerKey answerKey(Object tree) {
        Map<?, ?> key = map("answerKey", tree);
        return switch (String.valueOf(key.get("type"))) {
            case "choices" -> new AnswerKey.Choices(keys("answerKey", key));
            case "truth" -> new AnswerKey.Truth(flag("answerKey", key.get("value")));
            case "texts" -> new AnswerKey.Texts(texts(key.get("accepted")));
            case "number" -> new AnswerKey.Number(number("answerKey", key.get("value")),
                    number("answerKey", key.get("tolerance")));
            default -> throw malformed("answerKey", tree);
        };
    }

    // responses

    public static Map<String, Object> responseTree(Response response) {
        if (response instanceof Response.Choices choices) {
            return choicesTree(choices.optionKeys());
        } else if (response instanceof Response.Truth truth) {
            return typed("truth", "value", truth.value());
        } else if (response instanceof Response.Text text) {
            return typed("text", "value", text.value());
        }
        return typed("number", "value", ((Response.Number) response).value());
    }

    public static Response response(Object tree) {
        Map<?, ?> response = map("response", tree);
        return switch (String.valueOf(response.get("type"))) {
            case "choices" -> new Response.Choices(keys("response", response));
            case "truth" -> new Response.Truth(flag("response", response.get("value")));
            case "text" -> new Response.Text(text("response", response.get("value")));
            case "number" -> new Response.Number(number("response", response.get("value")));
            default -> throw malformed("response", tree);
        };
    }

    // what an attempt was graded against

    /** Null for nothing graded, so that an open or abandoned attempt stores no grading. */
    public static List<Map<String, Object>> gradedAgainstTree(List<GradedQuestion> graded) {
        if (graded == null || graded.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> tree = new ArrayList<>(graded.size());
        for (GradedQuestion question : graded) {
            var item = new LinkedHashMap<String, Object>();
            item.put("questionId", question.questionId().toString());
            item.put("kind", question.kind().code());
            item.put("points", question.points());
            item.put("answerKey", answerKeyTree(question.answerKey()));
            tree.add(item);
        }
        return tree;
    }

    /** Empty for a null tree: an attempt that was never graded. */
    public static List<GradedQuestion> gradedAgainst(Object tree) {
        if (tree == null) {
            return List.of();
        }
        List<GradedQuestion> graded = new ArrayList<>();
        for (Object element : list("gradedAgainst", tree)) {
            Map<?, ?> item = map("gradedAgainst", element);
            graded.add(new GradedQuestion(UUID.fromString(text("gradedAgainst", item.get("questionId"))),
                    QuestionKind.fromCode(text("gradedAgainst", item.get("kind"))),
                    (int) number("gradedAgainst", item.get("points")), answerKey(item.get("answerKey"))));
        }
        return List.copyOf(graded);
    }

    // ids and texts

    public static List<String> idsTree(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    public static List<UUID> ids(Object tree) {
        return texts(tree).stream().map(UUID::fromString).toList();
    }

    public static List<String> texts(Object tree) {
        return list("texts", tree).stream().map(text -> text("texts", text)).toList();
    }

    private static Map<String, Object> choicesTree(Set<String> keys) {
        return typed("choices", "keys", keys.stream().sorted().toList());
    }

    private static Map<String, Object> typed(String type, String name, Object value) {
        var tree = new LinkedHashMap<String, Object>();
        tree.put("type", type);
        tree.put(name, value);
        return tree;
    }

    private static Set<String> keys(String shape, Map<?, ?> choices) {
        Set<String> keys = new LinkedHashSet<>();
        for (Object key : list(shape, choices.get("keys"))) {
            keys.add(text(shape, key));
        }
        return keys;
    }

    private static List<?> list(String shape, Object tree) {
        if (tree instanceof List<?> list) {
            return list;
        }
        throw malformed(shape, tree);
    }

    private static Map<?, ?> map(String shape, Object tree) {
        if (tree instanceof Map<?, ?> map) {
            return map;
        }
        throw malformed(shape, tree);
    }

    private static String text(String shape, Object tree) {
        if (tree instanceof String text) {
            return text;
        }
        throw malformed(shape, tree);
    }

    private static boolean flag(String shape, Object tree) {
        if (tree instanceof Boolean flag) {
            return flag;
        }
        throw malformed(shape, tree);
    }

    private static double number(String shape, Object tree) {
        if (tree instanceof Number number) {
            return number.doubleValue();
        }
        throw malformed(shape, tree);
    }

    private static IllegalStateException malformed(String shape, Object tree) {
        return new IllegalStateException("a stored " + shape + " does not have its shape: " + tree);
    }
}
