package io.farmroutes.examples.springboot;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The studio's own settings ({@code studio.*}); the services' settings are the components' own
 * {@code camel.component.*} options.
 *
 * @param share      the folder the farm reads scenes from and renders into
 * @param work       where sample scenes are written and rendered frames fetched to
 * @param watch      how often the farm and the upload tickets are polled
 * @param runOnStart whether the application renders the sample shots at start-up (off in tests)
 * @param timeLimit  how long the start-up run waits for every shot to settle
 */
@ConfigurationProperties("studio")
public record StudioProperties(Path share, Path work, @DefaultValue("15s") Duration watch,
                               @DefaultValue("true") boolean runOnStart, @DefaultValue("90s") Duration timeLimit) {
}
