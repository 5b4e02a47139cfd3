package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Set;

/**
 * GitHub-style tables, found by Flexmark's table extension. It sets itself up for every page (compiling a
 * regular expression) before it looks at the first paragraph, yet it takes no paragraph whose first line has no
 * {@code |}; most pages have no table, so it is set up only when a paragraph could be one.
 */
final class TableSyntax implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory(TableParagraphPreProcessor.Factory()));
    }

    private record Factory(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor parser;

                @Override
                public int preProcessBlock(Paragraph block, ParserState blockState) {
                    List<BasedSequence> lines = block.getContentLines();
                    if (!lines.isEmpty() && lines.get(0).indexOf('|') < 0) {
                        return 0;
                    }
                    if (parser == null) {
                        parser = tables.apply(state);
                    }
                    return parser.preProcessBlock(block, blockState);
                }
            };
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
