package com.execassistant.desktop.materials.bedrock;

import com.execassistant.core.materials.MaterialsException;
import com.execassistant.core.materials.MaterialsException.Reason;
import com.execassistant.core.materials.llm.Failures;
import java.io.IOException;
import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelNotReadyException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/** Turns AWS SDK errors into the plain-sentence failures every LLM writer uses. */
final class BedrockFailures {

    private BedrockFailures() {}

    static MaterialsException of(SdkException e, Duration limit) {
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return Failures.timedOut(limit);
        }
        if (e instanceof AwsServiceException service) {
            return service(service);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("credentials")) {
            return Failures.failed(
                    "The Bedrock writer found no AWS credentials: sign in with the AWS CLI or set"
                            + " a profile.",
                    e);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return new MaterialsException(
                        Reason.UNAVAILABLE, "The AI writer could not reach Bedrock.", e);
            }
        }
        return Failures.failed("The AI writer failed while calling Bedrock.", e);
    }

    private static MaterialsException service(AwsServiceException e) {
        int status = e.statusCode();
        if (e instanceof ModelTimeoutException) {
            return new MaterialsException(
                    Reason.TIMED_OUT, "The AI writer's model took too long on Bedrock.", e);
        }
        if (e instanceof ThrottlingException
                || e instanceof ServiceUnavailableException
                || e instanceof ModelNotReadyException
                || status == 429
                || status >= 500) {
            return new MaterialsException(
                    Reason.UNAVAILABLE,
                    "The AI writer is unavailable: Bedrock answered HTTP " + status + ".",
                    e);
        }
        if (e instanceof AccessDeniedException) {
            return Failures.failed(
                    "Bedrock refused the request: the AWS account has no access to this model.", e);
        }
        if (e instanceof ResourceNotFoundException) {
            return Failures.failed("Bedrock has no such model in this region.", e);
        }
        if (e instanceof ValidationException) {
            return Failures.failed("Bedrock rejected the request (HTTP " + status + ").", e);
        }
        return Failures.failed("Bedrock refused the request (HTTP " + status + ").", e);
    }
}
