package dev.pamphlet.config;

import dev.pamphlet.address.BaseUrl;
import dev.pamphlet.diag.Diagnostic;
import dev.pamphlet.diag.Diagnostics;
import java.util.Optional;

/** {@code --base-url}, which replaces {@code base_url} from site.yml, checked the same way. */
public final class BaseUrlOption {
    public static final String NAME = "--base-url";

    private BaseUrlOption() {}

    /** The settings with the option's address, or empty (with an error) when the option is not a valid one. */
    public static Optional<SiteConfig> apply(Optional<SiteConfig> config, String option, Diagnostics diagnostics) {
        if (option == null || config.isEmpty()) {
            return config;
        }
        BaseUrl.Result url = BaseUrl.parse(option);
        if (!url.ok()) {
            diagnostics.add(problem(option, url));
            return Optional.empty();
        }
        return Optional.of(config.get().withBaseUrl(url.url()));
    }

    /** The error for an option that is not a valid base address. */
    public static Diagnostic problem(String option, BaseUrl.Result url) {
        return Diagnostic.error(NAME, 0, 0, NAME + " " + url.problem() + ": '" + option + "'")
                .withHint(url.hint());
    }
}
