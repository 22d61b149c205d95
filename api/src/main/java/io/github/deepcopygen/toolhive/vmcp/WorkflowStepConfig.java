package io.github.deepcopygen.toolhive.vmcp;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.github.deepcopygen.DeepCopy;
import io.github.deepcopygen.toolhive.crd.CrdMarkers;
import io.github.deepcopygen.toolhive.crd.SchemaMarkers;
import io.github.deepcopygen.toolhive.v1alpha1.UnknownFields;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One step of a composite tool's workflow: a tool call, an elicitation or a loop. */
@DeepCopy
@JsonClassDescription(
    "One step of a composite tool's workflow: a tool call, an elicitation or a loop.")
@SchemaCustomizer(
    value = SchemaMarkers.class,
    input = "io.github.deepcopygen.toolhive.vmcp.WorkflowStepConfig")
public class WorkflowStepConfig extends UnknownFields {
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(freeFormObject = true)
  @DeepCopy.JsonTree
  @JsonPropertyDescription(
      "The arguments of the tool call; string values may use Go templates over .params and"
          + " .steps, other values are passed as they are.")
  @JsonProperty("arguments")
  private Map<String, Object> arguments;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A template that gives the array to loop over, with the forEach type.")
  @JsonProperty("collection")
  private String collection;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("A template that decides whether the step runs.")
  @JsonProperty("condition")
  private String condition;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(anyJson = true)
  @DeepCopy.JsonTree
  @JsonPropertyDescription(
      "The output to use when the step is skipped by its condition, or fails with the"
          + " continue action, by output field; needed when later steps read its output.")
  @JsonProperty("defaultResults")
  private Object defaultResults;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The steps that must finish before this one, by ID.")
  @JsonProperty("dependsOn")
  private List<String> dependsOn;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Required
  @JsonPropertyDescription("The step's ID, unique within the workflow.")
  @JsonProperty("id")
  private String id;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The name the current item has in the loop's templates; item when left out. With the"
          + " forEach type.")
  @JsonProperty("itemVar")
  private String itemVar;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "The most items the loop goes over: 100 when left out, never more than 1000. With the"
          + " forEach type.")
  @JsonProperty("maxIterations")
  private Integer maxIterations;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "How many iterations may run at once; the workflow's limit (10) when left out. With"
          + " the forEach type.")
  @JsonProperty("maxParallel")
  private Integer maxParallel;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("What to ask the user, with the elicitation type.")
  @JsonProperty("message")
  private String message;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription(
      "What to do when the user dismisses the question, with the elicitation type.")
  @JsonProperty("onCancel")
  private ElicitationResponseConfig onCancel;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("What to do when the user says no, with the elicitation type.")
  @JsonProperty("onDecline")
  private ElicitationResponseConfig onDecline;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("What to do when the step fails.")
  @JsonProperty("onError")
  private StepErrorHandling onError;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(freeFormObject = true)
  @DeepCopy.JsonTree
  @JsonPropertyDescription(
      "The schema of the answer expected from the user, with the elicitation type.")
  @JsonProperty("schema")
  private Map<String, Object> schema;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @CrdMarkers(freeFormObject = true)
  @DeepCopy.JsonTree
  @JsonPropertyDescription(
      "The step to run for each item, with the forEach type; only a tool call.")
  @JsonProperty("step")
  private Map<String, Object> step;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Pattern("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$")
  @JsonPropertyDescription("The longest the step may run.")
  @JsonProperty("timeout")
  private String timeout;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyDescription("The tool to call, as workload.tool_name, with the tool type.")
  @JsonProperty("tool")
  private String tool;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Default("\"tool\"")
  @CrdMarkers(enumValues = {"tool", "elicitation", "forEach"})
  @JsonPropertyDescription(
      "What the step does: call a tool, ask the user (elicitation), or loop (forEach).")
  @JsonProperty("type")
  private String type;

  public Map<String, Object> getArguments() {
    return arguments;
  }

  public void setArguments(Map<String, Object> arguments) {
    this.arguments = arguments;
  }

  public String getCollection() {
    return collection;
  }

  public void setCollection(String collection) {
    this.collection = collection;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public Object getDefaultResults() {
    return defaultResults;
  }

  public void setDefaultResults(Object defaultResults) {
    this.defaultResults = defaultResults;
  }

  public List<String> getDependsOn() {
    return dependsOn;
  }

  public void setDependsOn(List<String> dependsOn) {
    this.dependsOn = dependsOn;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getItemVar() {
    return itemVar;
  }

  public void setItemVar(String itemVar) {
    this.itemVar = itemVar;
  }

  public Integer getMaxIterations() {
    return maxIterations;
  }

  public void setMaxIterations(Integer maxIterations) {
    this.maxIterations = maxIterations;
  }

  public Integer getMaxParallel() {
    return maxParallel;
  }

  public void setMaxParallel(Integer maxParallel) {
    this.maxParallel = maxParallel;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public ElicitationResponseConfig getOnCancel() {
    return onCancel;
  }

  public void setOnCancel(ElicitationResponseConfig onCancel) {
    this.onCancel = onCancel;
  }

  public ElicitationResponseConfig getOnDecline() {
    return onDecline;
  }

  public void setOnDecline(ElicitationResponseConfig onDecline) {
    this.onDecline = onDecline;
  }

  public StepErrorHandling getOnError() {
    return onError;
  }

  public void setOnError(StepErrorHandling onError) {
    this.onError = onError;
  }

  public Map<String, Object> getSchema() {
    return schema;
  }

  public void setSchema(Map<String, Object> schema) {
    this.schema = schema;
  }

  public Map<String, Object> getStep() {
    return step;
  }

  public void setStep(Map<String, Object> step) {
    this.step = step;
  }

  public String getTimeout() {
    return timeout;
  }

  public void setTimeout(String timeout) {
    this.timeout = timeout;
  }

  public String getTool() {
    return tool;
  }

  public void setTool(String tool) {
    this.tool = tool;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  /**
   * Returns a copy that shares no mutable object with this one, like Go's generated {@code
   * DeepCopy()}.
   */
  public WorkflowStepConfig deepCopy() {
    return WorkflowStepConfigDeepCopy.deepCopy(this);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    WorkflowStepConfig other = (WorkflowStepConfig) o;
    return Objects.equals(arguments, other.arguments)
        && Objects.equals(collection, other.collection)
        && Objects.equals(condition, other.condition)
        && Objects.equals(defaultResults, other.defaultResults)
        && Objects.equals(dependsOn, other.dependsOn)
        && Objects.equals(id, other.id)
        && Objects.equals(itemVar, other.itemVar)
        && Objects.equals(maxIterations, other.maxIterations)
        && Objects.equals(maxParallel, other.maxParallel)
        && Objects.equals(message, other.message)
        && Objects.equals(onCancel, other.onCancel)
        && Objects.equals(onDecline, other.onDecline)
        && Objects.equals(onError, other.onError)
        && Objects.equals(schema, other.schema)
        && Objects.equals(step, other.step)
        && Objects.equals(timeout, other.timeout)
        && Objects.equals(tool, other.tool)
        && Objects.equals(type, other.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        arguments,
        collection,
        condition,
        defaultResults,
        dependsOn,
        id,
        itemVar,
        maxIterations,
        maxParallel,
        message,
        onCancel,
        onDecline,
        onError,
        schema,
        step,
        timeout,
        tool,
        type);
  }
}
