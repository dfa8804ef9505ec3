package org.eservices.app.web;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core (from portal-web's npm packages) run on a page: the serious and critical WCAG
 * violations, one line each. The page's context must bypass the portal's CSP, which
 * allows no injected script.
 */
public final class Axe {

	private static final Path SCRIPT = Path.of("../portal-web/node_modules/axe-core/axe.min.js");

	private Axe() {
	}

	@SuppressWarnings("unchecked")
	public static List<String> seriousViolations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPT));
		return (List<String>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, {
				    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
				  });
				  return result.violations
				    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
				    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at `
				      + violation.nodes.map((node) => node.target.join(' ')).join(', '));
				}""");
	}

}
