package com.execassistant.core.materials.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON schema of the plan an LLM writer asks a model for: agenda sections with minutes and
 * points, groups of questions, and optional extra points for the notes. Models are asked for a plan
 * rather than documents so that the shared renderers, which escape every string, write all markup.
 *
 * <p>The schema keeps to the keywords that OpenAI's strict structured output accepts (every
 * property required, no additional properties, no string lengths); {@link PlanParser} enforces the
 * rest, because servers that ignore the schema are tolerated.
 */
public final class PlanSchema {

    /** A name for the schema, where the API wants one. */
    public static final String NAME = "meeting_plan";

    public static final int MAX_SECTIONS = 12;
    public static final int MAX_POINTS = 8;
    public static final int MAX_GROUPS = 6;
    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_NOTES = 8;
    public static final int MAX_TITLE_CHARS = 120;
    public static final int MAX_TEXT_CHARS = 400;

    private static final String SCHEMA =
            """
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["sections", "question_groups", "notes"],
              "properties": {
                "sections": {
                  "type": "array",
                  "description": "The agenda in order; minutes add up to the meeting's length.",
                  "minItems": 1,
                  "maxItems": %d,
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["title", "minutes", "points"],
                    "properties": {
                      "title": {"type": "string", "description": "A short heading."},
                      "minutes": {"type": "integer", "minimum": 0},
                      "points": {
                        "type": "array",
                        "description": "What to cover, one short sentence each.",
                        "maxItems": %d,
                        "items": {"type": "string"}
                      }
                    }
                  }
                },
                "question_groups": {
                  "type": "array",
                  "description": "Questions to ask, grouped by audience or topic.",
                  "minItems": 1,
                  "maxItems": %d,
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["heading", "questions"],
                    "properties": {
                      "heading": {"type": "string"},
                      "questions": {
                        "type": "array",
                        "minItems": 1,
                        "maxItems": %d,
                        "items": {"type": "string"}
                      }
                    }
                  }
                },
                "notes": {
                  "type": "array",
                  "description": "Further points worth raising; may be empty.",
                  "maxItems": %d,
                  "items": {"type": "string"}
                }
              }
            }
            """
                    .formatted(MAX_SECTIONS, MAX_POINTS, MAX_GROUPS, MAX_QUESTIONS, MAX_NOTES);

    private static final ObjectNode PARSED = parse();

    private PlanSchema() {}

    /** A fresh copy of the schema, safe to embed in a request. */
    public static ObjectNode schema() {
        return PARSED.deepCopy();
    }

    /** The schema as compact JSON text, for prompts. */
    public static String text() {
        return PARSED.toString();
    }

    private static ObjectNode parse() {
        try {
            return (ObjectNode) new ObjectMapper().readTree(SCHEMA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan schema is not valid JSON", e);
        }
    }
}
