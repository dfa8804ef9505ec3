import { FeelersTemplating } from '@bpmn-io/form-js-viewer';
import { textOf } from './dom';

/** Every character that means something in (GitHub-flavoured) markdown or HTML. */
const MEANINGFUL = /[\\`*_{}[\]()#+\-.!|<>~@:/&="'^$%]/g;

/**
 * What a person typed, as literal text in markdown: each meaningful character escaped,
 * so a name like `[Verify here](https://…)` or `<img src=x>` shows as typed, and no link,
 * image or markup (not even an autolinked address) is made from it.
 */
export function escapeMarkdown(value: unknown): string {
  return textOf(value).replace(MEANINGFUL, (character) => `\\${character}`);
}

/**
 * form-js's templating, but the values a text component puts into its markdown
 * (`{{businessName}}`) are taken literally. Only the text component evaluates its
 * template with a `strict` option; labels are plain text already, and the html component
 * brings its own sanitizer.
 */
type TemplateOptions = Parameters<FeelersTemplating['evaluate']>[2];

class LiteralValuesTemplating extends FeelersTemplating {
  evaluate(template: string, context: Record<string, unknown> = {}, options: TemplateOptions = {}): string {
    const markdown = 'strict' in options && !options.sanitizer;
    return super.evaluate(template, context, markdown ? { ...options, sanitizer: escapeMarkdown } : options);
  }
}

export const literalTextModule = {
  templating: ['type', LiteralValuesTemplating],
};
