package org.partnermatch.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Every text of a request record (its strings, the strings of its lists and of the records it holds, however deep)
 * (and the keys and values of its maps) is plain text: no control characters except tab, line feed and carriage return; no C1 controls, DEL, unpaired
 * surrogates or Unicode noncharacters. Text is stored and shown again (pages, search highlights, exports), and
 * invisible controls there only mislead or break what reads it.
 *
 * <p>One class-level constraint per request record rather than one per field: it covers fields added later, and the
 * API ({@code @Valid}), the web forms and the CSV imports run the same Bean Validation on the same records. A
 * violation names the field as its path ({@code description}, {@code contact.name}, {@code categories[1]}), so the
 * problem's {@code violations[].field} and the form's error land on it. {@code PlainTextCoverageTest} keeps every
 * request body type annotated.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Check.class)
public @interface PlainText {

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for whatever else needs it (search highlights clean stored text with it). */
    final class Rule {

        private Rule() {
        }

        /**
         * The index of the first character of {@code text} that plain text refuses, or -1 when there is none. Tab
         * (U+0009), line feed (U+000A) and carriage return (U+000D) are allowed.
         */
        public static int firstRefused(String text) {
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                if (refused(codePoint)) {
                    return i;
                }
                i += Character.charCount(codePoint);
            }
            return -1;
        }

        /**
         * Whether plain text refuses this code point: a control other than tab and line breaks, a surrogate (one
         * that is not half of a pair: {@link String#codePointAt} gives pairs as one code point), or a noncharacter.
         */
        public static boolean refused(int codePoint) {
            boolean control = codePoint < 0x20 ? codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
                    : codePoint >= 0x7F && codePoint <= 0x9F;
            boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
            boolean nonCharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
            return control || surrogate || nonCharacter;
        }

        /** What a violation says: which character, and where (counted from 1), so the sender can find it. */
        public static String message(String text, int index) {
            int position = text.codePointCount(0, index) + 1;
            return String.format(Locale.ROOT, "must not contain control characters (U+%04X at character %d); "
                    + "tab and line breaks are allowed", text.codePointAt(index), position);
        }
    }

    /** Walks a request record's components and reports each text that is not plain, at its path. */
    final class Check implements ConstraintValidator<PlainText, Record> {

        @Override
        public boolean isValid(Record value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            List<Refusal> refusals = new ArrayList<>();
            walk(value, new ArrayList<>(), refusals);
            if (refusals.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (Refusal refusal : refusals) {
                var node = context.buildConstraintViolationWithTemplate(escape(refusal.message()))
                        .addPropertyNode(refusal.path().get(0));
                for (String name : refusal.path().subList(1, refusal.path().size())) {
                    node = node.addPropertyNode(name);
                }
                if (refusal.index() == null) {
                    node.addConstraintViolation();
                } else {
                    node.addContainerElementNode("<list element>", List.class, 0).inIterable()
                            .atIndex(refusal.index()).addConstraintViolation();
                }
            }
            return false;
        }

        /** A refused text: the record components leading to it, and its index when it is an element of a list. */
        private record Refusal(List<String> path, Integer index, String message) {
        }

        private static void walk(Record record, List<String> path, List<Refusal> refusals) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object value = read(component, record);
                List<String> here = new ArrayList<>(path);
                here.add(component.getName());
                if (value instanceof Record nested) {
                    walk(nested, here, refusals);
                } else if (value instanceof java.util.Map<?, ?> entries) {
                    // a map of texts (translations by language): each key and value, reported at the map's field
                    for (var entry : entries.entrySet()) {
                        String refused = check(entry.getKey());
                        refused = refused != null ? refused : check(entry.getValue());
                        if (refused != null) {
                            refusals.add(new Refusal(here, null, refused));
                            break;
                        }
                    }
                } else if (value instanceof Collection<?> elements) {
                    int index = 0;
                    for (Object element : elements) {
                        String refused = element instanceof Record nested ? firstRefusedIn(nested) : check(element);
                        if (refused != null) {
                            refusals.add(new Refusal(here, index, refused));
                        }
                        index++;
                    }
                } else {
                    String refused = check(value);
                    if (refused != null) {
                        refusals.add(new Refusal(here, null, refused));
                    }
                }
            }
        }

        /** A record inside a list is reported as the list's element: no request record has one today. */
        private static String firstRefusedIn(Record record) {
            List<Refusal> inside = new ArrayList<>();
            walk(record, new ArrayList<>(), inside);
            return inside.isEmpty() ? null : inside.get(0).message();
        }

        private static String check(Object value) {
            if (value instanceof String text) {
                int index = Rule.firstRefused(text);
                return index < 0 ? null : Rule.message(text, index);
            }
            return null;
        }

        private static Object read(RecordComponent component, Record record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component, e);
            }
        }

        /** The message is a template: nothing in it may be taken for an expression or a parameter. */
        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
