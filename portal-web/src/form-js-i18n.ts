import flatpickr from 'flatpickr';
import { Arabic } from 'flatpickr/dist/l10n/ar';
import { english } from 'flatpickr/dist/l10n/default';
import { textOf } from './dom';
import { locale } from './i18n';

// form-js speaks English. Its messages go through a replaceable `translate` service;
// the date picker is flatpickr, localised globally; two texts (the select's
// placeholder and its search box's) are fixed strings, replaced in the DOM.

const arabic: Record<string, string> = {
  'Field is required.': 'هذا الحقل مطلوب.',
  'Field must have minimum value of {value}.': 'يجب ألا تقل القيمة عن {value}.',
  'Field must have maximum value of {value}.': 'يجب ألا تزيد القيمة على {value}.',
  'Field must have minimum length of {value}.': 'يجب ألا يقل طول النص عن {value} حرفًا.',
  'Field must have maximum length of {value}.': 'يجب ألا يزيد طول النص على {value} حرفًا.',
  'Field must match pattern {value}.': 'يجب أن يطابق الحقل النمط {value}.',
  'Field must be a valid email.': 'أدخل عنوان بريد إلكتروني صحيحًا.',
  'Field must be a valid international phone number. (e.g. +4930664040900)':
    'أدخل رقم هاتف دوليًا صحيحًا (مثل ‎+4930664040900).',
  'Value is not a number.': 'القيمة ليست رقمًا.',
  'Value is expected to be an integer.': 'يجب أن تكون القيمة عددًا صحيحًا.',
  'Value is expected to have at most 1 decimal digit.': 'يجب ألا تزيد المنازل العشرية على منزلة واحدة.',
  'Value is expected to have at most {value} decimal digits.': 'يجب ألا تزيد المنازل العشرية على {value}.',
  'Please select a valid value, the two nearest valid values are {previousValue} and {nextValue}.':
    'اختر قيمة صحيحة؛ أقرب قيمتين صحيحتين هما {previousValue} و{nextValue}.',
  'Date and time must both be entered.': 'أدخل التاريخ والوقت معًا.',
  Increment: 'زيادة',
  Decrement: 'إنقاص',
  Search: 'بحث',
  'Skip to search': 'انتقل إلى البحث',
  'Remove tag': 'إزالة',
  'No results': 'لا توجد نتائج',
  'All values selected': 'تم اختيار كل القيم',
  'Add new': 'إضافة',
  Collapse: 'طي',
  'Expand all ({value})': 'توسيع الكل ({value})',
  'Nothing to show.': 'لا يوجد ما يُعرض.',
  'No content to show.': 'لا يوجد محتوى لعرضه.',
  'Previous page': 'الصفحة السابقة',
  'Next page': 'الصفحة التالية',
  '{page} of {total}': '{page} من {total}',
  Select: 'اختر',
  'No files selected': 'لم يتم اختيار أي ملف',
  '{value} files selected': 'تم اختيار {value} من الملفات',
  'Min validation value is not a valid number.': 'الحد الأدنى ليس رقمًا صحيحًا.',
  'Max validation value is not a valid number.': 'الحد الأقصى ليس رقمًا صحيحًا.',
  'Click to sort by {value} ascending': 'انقر للترتيب حسب {value} تصاعديًا',
  'Click to sort by {value} descending': 'انقر للترتيب حسب {value} تنازليًا',
  'Click to remove sorting': 'انقر لإلغاء الترتيب',
  'Download {fileName}': 'تنزيل {fileName}',
  'Unable to download document': 'تعذّر تنزيل المستند',
  'Document reference is not defined.': 'لم يُحدَّد مرجع المستند.',
  Browse: 'استعراض',
  'Remove list item {value}': 'حذف العنصر {value}',
};

function translate(template: string, replacements: Record<string, unknown> = {}): string {
  const text = (locale() === 'ar' && arabic[template]) || template;
  return text.replace(/{([^}]+)}/g, (_, key: string) => (replacements[key] === undefined || replacements[key] === null ? `{${key}}` : textOf(replacements[key])));
}

/** Replaces form-js's translate service. */
export const translateModule = { translate: ['value', translate] };

/** The date picker's months and weekdays in the portal's language. */
export function localiseDatePicker(): void {
  flatpickr.localize(locale() === 'ar' ? Arabic : english);
}

/** The texts form-js does not pass through translate, kept translated as it redraws. */
export function translateFixedTexts(container: HTMLElement): void {
  if (locale() === 'en') {
    return;
  }
  const apply = () => {
    container.querySelectorAll<HTMLElement>('.fjs-select-placeholder').forEach((placeholder) => {
      // the same text node: form-js (preact) keeps writing to it when a value is chosen
      const text = placeholder.firstChild;
      if (text instanceof Text && text.data === 'Select') {
        text.data = translate('Select');
      }
    });
    container.querySelectorAll<HTMLInputElement>('input[placeholder="Search"]').forEach((input) => {
      input.placeholder = translate('Search');
    });
    container.querySelectorAll<HTMLElement>('.fjs-filepicker-button').forEach((button) => {
      const text = button.firstChild;
      if (text instanceof Text && text.data.trim() === 'Browse') {
        text.data = translate('Browse');
      }
    });
    container.querySelectorAll<HTMLElement>('.fjs-repeat-row-remove[aria-label^="Remove list item "]').forEach((button) => {
      button.setAttribute('aria-label', translate('Remove list item {value}', { value: button.getAttribute('aria-label')?.replace('Remove list item ', '') }));
    });
  };
  new MutationObserver(apply).observe(container, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'placeholder', 'aria-label'] });
  apply();
}
