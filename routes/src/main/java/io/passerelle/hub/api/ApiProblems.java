package io.passerelle.hub.api;

import io.passerelle.canonical.CanonicalJsonException;
import io.passerelle.canonical.validation.CanonicalValidationException;
import io.passerelle.mappings.xref.MappingCsv;
import io.passerelle.mappings.xref.UnmappedCodeException;
import io.passerelle.mappings.xref.XrefNotFound;
import io.passerelle.mappings.xref.XrefRefusal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Domain refusals as RFC 9457 problem details that say what is wrong and where, never a stack trace.
 */
@RestControllerAdvice
public class ApiProblems {

    @ExceptionHandler(XrefRefusal.class)
    ProblemDetail refused(XrefRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusal.getMessage());
        problem.setTitle("Change refused");
        problem.setProperty("reasons", refusal.reasons());
        return problem;
    }

    @ExceptionHandler(XrefNotFound.class)
    ProblemDetail notFound(XrefNotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(MappingCsv.CsvImportRefused.class)
    ProblemDetail importRefused(MappingCsv.CsvImportRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                refused.errors().size() + " bad line(s); nothing was imported");
        problem.setTitle("CSV import refused");
        List<MappingCsv.LineError> errors = refused.errors();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(UnmappedCodeException.class)
    ProblemDetail unmapped(UnmappedCodeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Unmapped code");
        return problem;
    }

    @ExceptionHandler(CanonicalValidationException.class)
    ProblemDetail invalid(CanonicalValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("Breaks a rule of the canonical model");
        return problem;
    }

    @ExceptionHandler(CanonicalJsonException.class)
    ProblemDetail unreadable(CanonicalJsonException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Unreadable JSON");
        return problem;
    }
}
