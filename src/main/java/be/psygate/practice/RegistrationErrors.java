package be.psygate.practice;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How the reference-data calls answer what they cannot accept: 400 with
 * {@code {"errors":[{"field":"publicKind","message":"..."}]}} (README.md), whether the fields were read but are
 * wrong ({@link InvalidRegistrationException}) or could not be read at all (a number that is text, a date that is
 * no date, an unknown field). A field that could not be read is named, its value never repeated: a misplaced
 * national number would be.
 */
@RestControllerAdvice(assignableTypes = {PracticeController.class, NetworkController.class,
        ReferenceDataController.class})
class RegistrationErrors {

    @ExceptionHandler(InvalidRegistrationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Errors invalid(InvalidRegistrationException e) {
        return new Errors(e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Errors unreadable(HttpMessageNotReadableException e) {
        return new Errors(List.of(e.getCause() instanceof JsonMappingException mapping
                ? of(mapping) : new FieldError("", "not a readable JSON document")));
    }

    /** The field a mapping error is about, as a path ({@code practices[3].agreementStart}), and what it expects. */
    static FieldError of(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "expected " + expected(mismatch.getTargetType());
        } else {
            message = "not readable here";
        }
        return new FieldError(field.toString(), message);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        return "an object with the fields of the contract";
    }

    /** The body of a 400. */
    record Errors(List<FieldError> errors) {
    }
}
