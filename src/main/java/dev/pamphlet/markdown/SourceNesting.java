package dev.pamphlet.markdown;

import java.util.List;
import java.util.Optional;

/**
 * Nesting the parser cannot be given, found in the Markdown text before it is parsed: block quote and list markers
 * stacked at the start of a line ({@code > - > 1. x}), which Flexmark reads in a time that grows with the square of
 * their number; lines indented ever deeper (lists and callouts nested under one another), which it reads in a time
 * that grows faster still; '[' left open in a paragraph (images inside images are read the same way); and a line starting with
 * a long run of '*', '-' or '_', which Flexmark's pattern for a rule matches by recursion, one level per mark.
 *
 * <p>Code is scanned like the rest: telling code from text is the parser's job, and a scan that guessed wrong would
 * let the nesting through; for the same reason the indent of a line is limited even in code (no page needs one of
 * more than {@link NestingLimits#INDENT} columns). The nesting itself, spread over lines, is measured in the
 * parsed tree ({@link TreeNesting}).
 */
final class SourceNesting {

    private SourceNesting() {}

    /**
     * The first place in {@code body} nested deeper than {@link NestingLimits} allow, if any.
     *
     * @param firstLine the line of the original file where {@code body} starts
     */
    static Optional<RenderedMarkdown.Problem> check(String body, int firstLine) {
        int line = firstLine;
        int brackets = 0; // '[' open in the current paragraph
        int nextOpen = -1; // where the next '[' is, looked up only once the last one is passed
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) {
                end = body.length();
            }
            if (start == end) {
                brackets = 0;
            } else if (mayStartNesting(body.charAt(start))) { // most lines start with a word
                Optional<RenderedMarkdown.Problem> problem = markers(body, start, end, line);
                if (problem.isPresent()) {
                    return problem;
                }
                if (isBlank(body, start, end)) {
                    brackets = 0;
                }
            }
            if (nextOpen < start && nextOpen != body.length()) {
                nextOpen = body.indexOf('[', start);
                nextOpen = nextOpen < 0 ? body.length() : nextOpen;
            }
            // A line is read for brackets only when one is open or the line has one.
            for (int i = brackets > 0 || nextOpen < end ? start : end; i < end; i++) {
                char c = body.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[' && ++brackets > NestingLimits.INLINE) {
                    return Optional.of(NestingLimits.brackets(line, i - start + 1));
                } else if (c == ']' && brackets > 0) {
                    brackets--;
                }
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /**
     * Whether a line starting with {@code c} may start with indent, block quote or list markers, a rule or a
     * callout.
     */
    private static boolean mayStartNesting(char c) {
        return c == ' '
                || c == '!'
                || c == '?'
                || c == '\t'
                || c == '>'
                || c == '-'
                || c == '+'
                || c == '*'
                || c == '_'
                || (c >= '0' && c <= '9');
    }

    /**
     * Block quote and list markers at the start of one line, the indent among them (a list or callout nested under
     * another is indented, and Flexmark reads deep indents in a time that grows faster than their width), then a run
     * of rule marks after them.
     */
    private static Optional<RenderedMarkdown.Problem> markers(String body, int start, int end, int line) {
        int indent = 0;
        int i = start;
        int count = 0;
        boolean quotes = false;
        boolean lists = false;
        while (true) {
            for (; i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t'); i++) {
                indent = body.charAt(i) == '\t' ? indent + 4 - indent % 4 : indent + 1;
            }
            if (indent > NestingLimits.INDENT) {
                return Optional.of(NestingLimits.indent(line, i - start + 1, indent));
            }
            if (i >= end) {
                break;
            }
            int after;
            if (body.charAt(i) == '>') {
                after = i + 1;
                quotes = true;
            } else if (!isRule(body, i, end) && (after = listMarkerEnd(body, i, end)) > 0) {
                lists = true;
            } else {
                break;
            }
            if (++count > NestingLimits.BLOCKS) {
                List<String> kinds =
                        quotes && lists ? List.of("block quotes", "lists") : List.of(quotes ? "block quotes" : "lists");
                return Optional.of(NestingLimits.blocks(line, i - start + 1, kinds));
            }
            // The space that ends a marker is part of it; any more is indent.
            i = after < end && body.charAt(after) == ' ' ? after + 1 : after;
        }
        int marks = ruleMarks(body, i, end);
        if (marks > NestingLimits.RULE_MARKS) {
            return Optional.of(NestingLimits.rule(line, i - start + 1, body.charAt(i), marks));
        }
        if (end - i > NestingLimits.CALLOUT_LINE && startsCallout(body, i, end)) {
            return Optional.of(NestingLimits.callout(line, i - start + 1, end - i));
        }
        return Optional.empty();
    }

    private static boolean startsCallout(String body, int i, int end) {
        char c = body.charAt(i);
        return (c == '!' || c == '?') && i + 2 < end && body.charAt(i + 1) == c && body.charAt(i + 2) == c;
    }

    /** Where a list marker at {@code i} ends ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}), or -1. */
    private static int listMarkerEnd(String body, int i, int end) {
        char c = body.charAt(i);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            int digits = i;
            while (digits < end && digits - i < 9 && isDigit(body.charAt(digits))) {
                digits++;
            }
            if (digits == i || digits >= end || (body.charAt(digits) != '.' && body.charAt(digits) != ')')) {
                return -1;
            }
            after = digits + 1;
        }
        return after == end || body.charAt(after) == ' ' || body.charAt(after) == '\t' ? after : -1;
    }

    /** Whether the rest of the line is a rule ({@code * * *}, {@code ---}): that, not list markers. */
    private static boolean isRule(String body, int i, int end) {
        char mark = body.charAt(i);
        if (mark != '*' && mark != '-' && mark != '_') {
            return false;
        }
        int marks = 0;
        for (int j = i; j < end; j++) {
            char c = body.charAt(j);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return marks >= 3;
    }

    /** How many of one rule mark ('*', '-' or '_') the text at {@code i} starts with, spaces between them allowed. */
    private static int ruleMarks(String body, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char mark = body.charAt(i);
        if (mark != '*' && mark != '-' && mark != '_') {
            return 0;
        }
        int marks = 0;
        for (int j = i; j < end; j++) {
            char c = body.charAt(j);
            if (c == mark) {
                marks++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return marks;
    }

    private static int skipSpace(String body, int i, int end) {
        while (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String body, int start, int end) {
        return skipSpace(body, start, end) == end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
