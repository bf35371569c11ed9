package org.rolloutsim.scenarios;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser with the two things it leaves out: the anchor of a scalar ({@code x: &r 0.4})
 * and whether it was written in quotes. Jackson reports the anchors of mappings and lists but drops
 * those of scalars, so an alias to a scalar ({@code *r}) could not be resolved; and a message about
 * text where a number belongs says "remove the quotes" only when there are quotes.
 */
final class AnchoredYaml extends YAMLFactory {

    AnchoredYaml(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(Reader reader, IOContext context) {
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }

    /** The parser, telling the anchor of the scalar just read. */
    static final class Parser extends YAMLParser {
        Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(context, features, yamlFeatures, options, codec, reader);
        }

        /** The anchor of the current scalar value, or {@code null}. */
        String scalarAnchor() {
            return _lastEvent instanceof ScalarEvent scalar ? scalar.getAnchor() : null;
        }

        /** True when the current scalar value is written in quotes ({@code '...'} or {@code "..."}). */
        boolean scalarQuoted() {
            return _lastEvent instanceof ScalarEvent scalar
                    && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                    || scalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED);
        }
    }
}
