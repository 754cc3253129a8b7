package be.psygate.console;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page has in its model: the formatter ({@code fmt}). */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final ConsoleFormat format;

    ConsoleModel(ConsoleFormat format) {
        this.format = format;
    }

    @ModelAttribute("fmt")
    ConsoleFormat fmt() {
        return format;
    }
}
