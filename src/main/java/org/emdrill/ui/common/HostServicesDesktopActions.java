package org.emdrill.ui.common;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.HostServices;

/** Opens folders through the JavaFX application's {@link HostServices}. */
public final class HostServicesDesktopActions implements DesktopActions {

    private final HostServices hostServices;

    public HostServicesDesktopActions(HostServices hostServices) {
        this.hostServices = Objects.requireNonNull(hostServices, "hostServices");
    }

    @Override
    public void openFolder(Path folder) {
        hostServices.showDocument(folder.toUri().toString());
    }
}
