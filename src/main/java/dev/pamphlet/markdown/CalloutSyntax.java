package dev.pamphlet.markdown;

import com.vladsch.flexmark.ext.admonition.internal.AdmonitionBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

/**
 * Callouts in the admonition syntax ({@code !!! urgent "Heading"}), parsed by Flexmark's admonition parser. That
 * parser compiles a regular expression for every line it is offered; a callout can only start with {@code !!!}
 * (or {@code ???}), so every other line is turned away first, and a page costs one check per line instead.
 */
final class CalloutSyntax implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory(new AdmonitionBlockParser.Factory()));
    }

    /** The admonition parser's factory, offered only lines that can start a callout. */
    private static final class Factory extends WrappedFactory implements CustomBlockParserFactory {
        private final CustomBlockParserFactory admonitions;

        Factory(CustomBlockParserFactory admonitions) {
            super(admonitions);
            this.admonitions = admonitions;
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory parser = admonitions.apply(options);
            return (state, matched) -> {
                BasedSequence line = state.getLine();
                int start = state.getNextNonSpaceIndex();
                return startsCallout(line, start) ? parser.tryStart(state, matched) : BlockStart.none();
            };
        }

        private static boolean startsCallout(BasedSequence line, int start) {
            if (line.length() < start + 3) {
                return false;
            }
            char c = line.charAt(start);
            return (c == '!' || c == '?') && line.charAt(start + 1) == c && line.charAt(start + 2) == c;
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return admonitions.getLeadInHandler(options);
        }
    }
}
