package org.eservices.portal.requests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.eservices.portal.jdbc.DatabaseProduct;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "The answer to this field of the form is this value", over the submitted data: on
 * PostgreSQL JSON containment ({@code @>}), which the GIN index of V20 serves at a
 * million requests; on the zero-set-up H2 a pattern over the JSON as the platform writes
 * it (compact), which scans. A value that reads as a number or a truth value matches
 * answers of that type too.
 */
@Component
class AnswerMatch {

	private final ObjectMapper json = new ObjectMapper();

	private final boolean postgres;

	AnswerMatch(JdbcTemplate jdbc) {
		this.postgres = DatabaseProduct.isPostgres(jdbc);
	}

	Predicate predicate(Expression<String> submittedData, String field, String value, CriteriaBuilder builder) {
		List<Predicate> any = new ArrayList<>();
		for (ObjectNode answer : answers(field, value)) {
			if (this.postgres) {
				any.add(builder.isTrue(((HibernateCriteriaBuilder) builder).sql("cast(? as jsonb) @> cast(? as jsonb)",
						Boolean.class, submittedData, builder.literal(answer.toString()))));
			}
			else {
				String pair = answer.toString();
				String written = like(pair.substring(1, pair.length() - 1));
				any.add(builder.like(submittedData, "%" + written + ",%", '\\'));
				any.add(builder.like(submittedData, "%" + written + "}%", '\\'));
			}
		}
		return builder.or(any.toArray(Predicate[]::new));
	}

	/** The value as text, and as a number or a truth value where it reads as one. */
	private List<ObjectNode> answers(String field, String value) {
		List<ObjectNode> answers = new ArrayList<>();
		answers.add(this.json.createObjectNode().put(field, value));
		try {
			answers.add(this.json.createObjectNode().put(field, new BigDecimal(value)));
		}
		catch (NumberFormatException ex) {
			// text only
		}
		if (value.equals("true") || value.equals("false")) {
			answers.add(this.json.createObjectNode().put(field, Boolean.parseBoolean(value)));
		}
		return answers;
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
