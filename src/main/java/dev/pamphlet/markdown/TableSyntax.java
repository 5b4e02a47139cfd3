package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;

/**
 * GitHub-style tables, found by Flexmark's table extension. It sets itself up for every page (compiling a
 * regular expression) before it looks at the first paragraph, yet it takes no paragraph whose first line has no
 * {@code |}; most pages have no table, so it is set up only when a paragraph could be one.
 */
final class TableSyntax implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    /** The table extension's paragraph pre-processor, set up only for a paragraph whose first line has a bar. */
    private static final class Factory extends WrappedFactory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;

        Factory(ParagraphPreProcessorFactory tables) {
            super(tables);
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor parser;

                @Override
                public int preProcessBlock(Paragraph block, ParserState blockState) {
                    List<BasedSequence> lines = block.getContentLines();
                    if (!lines.isEmpty() && !hasBar(lines.get(0))) {
                        return 0;
                    }
                    if (parser == null) {
                        parser = tables.apply(state);
                    }
                    return parser.preProcessBlock(block, blockState);
                }
            };
        }

        /**
         * Whether the line has a {@code |}. Searched in the page's own string where the line is a plain slice of
         * it, as almost every line is: Flexmark's own search goes character by character through its sequences.
         */
        static boolean hasBar(BasedSequence line) {
            if (line instanceof SubSequence && line.getBase() instanceof String page) {
                for (int i = line.getStartOffset(), end = line.getEndOffset(); i < end; i++) {
                    if (page.charAt(i) == '|') {
                        return true;
                    }
                }
                return false;
            }
            return line.indexOf('|') >= 0;
        }
    }
}
