// The portal's own words in English and Arabic; the locale also sets the page direction
// and how dates and amounts are written.
export type Locale = 'en' | 'ar';

const messages = {
  en: {
    'app.name': 'eservices',
    'nav.services': 'Services',
    'nav.requests': 'My requests',
    'nav.tasks': 'Tasks',
    'nav.signIn': 'Sign in',
    'nav.signUp': 'Create an account',
    'nav.signOut': 'Sign out',
    'nav.language': 'العربية',
    'nav.main': 'Main',
    'catalog.title': 'Services',
    'catalog.intro': 'Apply online and follow your request until it is decided.',
    'catalog.search': 'Search services',
    'catalog.category': 'Category',
    'catalog.allCategories': 'All categories',
    'catalog.none': 'No service matches your search.',
    'catalog.days': 'Decision in about {days} working days',
    'service.apply': 'Apply',
    'service.fee': 'Fee',
    'service.requirements': 'What you need',
    'service.signInToApply': 'Sign in to apply',
    'service.submit': 'Submit application',
    'service.errors': 'There is a problem',
    'service.sending': 'Sending…',
    'service.draftSaved': 'Draft saved at {time}. You can leave and come back later.',
    'service.draftResumed': 'You are continuing the draft you saved at {time}.',
    'requests.drafts': 'Applications you have not sent yet',
    'requests.continue': 'Continue: {service}',
    'requests.savedAt': 'saved {time}',
    'requests.title': 'My requests',
    'requests.none': 'You have no requests yet.',
    'requests.reference': 'Reference',
    'requests.service': 'Service',
    'requests.status': 'Status',
    'requests.submitted': 'Submitted',
    'request.submittedBanner': 'Application submitted. Your reference number is {reference}.',
    'request.timeline': 'Progress',
    'request.actions': 'Action required',
    'request.payment': 'Fee',
    'request.pay': 'Pay {amount}',
    'request.paid': 'Paid',
    'request.payBy': 'Pay by {date}',
    'request.yourAnswers': 'Your application',
    'request.send': 'Send',
    'pager.label': 'Pages',
    'pager.previous': 'Previous page',
    'pager.next': 'Next page',
    'pager.status': 'Page {page} of {pages} ({total} in all)',
    'answer.yes': 'Yes',
    'answer.no': 'No',
    'tasks.title': 'Tasks',
    'tasks.service': 'Service',
    'tasks.allServices': 'All services',
    'tasks.due': 'Due',
    'tasks.anyDue': 'Any time',
    'tasks.overdue': 'Overdue',
    'tasks.dueSoon': 'Due within 2 days',
    'tasks.none': 'No tasks match.',
    'tasks.task': 'Task',
    'tasks.reference': 'Request',
    'tasks.assignee': 'Assigned to',
    'tasks.unassigned': 'Nobody',
    'tasks.me': 'Me',
    'tasks.claim': 'Claim',
    'tasks.unclaim': 'Release',
    'tasks.complete': 'Complete task',
    'tasks.completed': 'Task completed: {task} for {reference}.',
    'tasks.request': 'The request',
    'tasks.decision': 'Your decision',
    'tasks.claimFirst': 'Claim the task to work on it.',
    'tasks.overdueBadge': 'Overdue',
    'documents.title': 'Documents',
    'documents.none': 'No documents yet.',
    'documents.add': 'Add a document',
    'documents.hint': 'PDF, PNG or JPEG, up to 10 MB.',
    'documents.upload': 'Upload',
    'documents.choose': 'Choose a file first.',
    'documents.uploaded': '{name} uploaded.',
    'documents.removeShort': 'Remove',
    'documents.remove': 'Remove {name}',
    'documents.removed': '{name} removed.',
    'documents.beforeSubmit': 'Attach the documents listed under "What you need". They are sent with your application.',
    'nav.notifications': 'Notifications',
    'notifications.title': 'Notifications',
    'notifications.intro': 'We tell you when your request moves on, when a fee is due and when we need something from you.',
    'notifications.legend': 'How should we contact you?',
    'notifications.email': 'By email',
    'notifications.sms': 'By text message (SMS)',
    'notifications.save': 'Save',
    'notifications.saved': 'Saved.',
    'notifications.atLeastOne': 'Choose email, text message or both.',
    'messages.title': 'Messages we sent you',
    'messages.none': 'No messages yet.',
    'messages.email': 'Email',
    'messages.sms': 'SMS',
    'messages.to': 'to {to}',
    'error.signIn': 'Please sign in to continue.',
    'error.notFound': 'This page does not exist.',
    'error.generic': 'Something went wrong. Please try again.',
  },
  ar: {
    'app.name': 'الخدمات الإلكترونية',
    'nav.services': 'الخدمات',
    'nav.requests': 'طلباتي',
    'nav.tasks': 'المهام',
    'nav.signIn': 'تسجيل الدخول',
    'nav.signUp': 'إنشاء حساب',
    'nav.signOut': 'تسجيل الخروج',
    'nav.language': 'English',
    'nav.main': 'الرئيسية',
    'catalog.title': 'الخدمات',
    'catalog.intro': 'قدّم طلبك عبر الإنترنت وتابعه حتى يصدر القرار.',
    'catalog.search': 'ابحث في الخدمات',
    'catalog.category': 'الفئة',
    'catalog.allCategories': 'كل الفئات',
    'catalog.none': 'لا توجد خدمة تطابق بحثك.',
    'catalog.days': 'يصدر القرار خلال {days} يوم عمل تقريبًا',
    'service.apply': 'تقديم الطلب',
    'service.fee': 'الرسوم',
    'service.requirements': 'ما تحتاج إليه',
    'service.signInToApply': 'سجّل الدخول لتقديم الطلب',
    'service.submit': 'إرسال الطلب',
    'service.errors': 'هناك مشكلة',
    'service.sending': 'جارٍ الإرسال…',
    'service.draftSaved': 'حُفظت المسودة في {time}. يمكنك المغادرة والعودة لاحقًا.',
    'service.draftResumed': 'أنت تتابع المسودة التي حفظتها في {time}.',
    'requests.drafts': 'طلبات لم ترسلها بعد',
    'requests.continue': 'متابعة: {service}',
    'requests.savedAt': 'حُفظت {time}',
    'requests.title': 'طلباتي',
    'requests.none': 'ليس لديك طلبات بعد.',
    'requests.reference': 'الرقم المرجعي',
    'requests.service': 'الخدمة',
    'requests.status': 'الحالة',
    'requests.submitted': 'تاريخ التقديم',
    'request.submittedBanner': 'تم إرسال الطلب. رقمك المرجعي هو {reference}.',
    'request.timeline': 'مراحل الطلب',
    'request.actions': 'إجراء مطلوب',
    'request.payment': 'الرسوم',
    'request.pay': 'ادفع {amount}',
    'request.paid': 'مدفوعة',
    'request.payBy': 'يُدفع قبل {date}',
    'request.yourAnswers': 'بيانات طلبك',
    'request.send': 'إرسال',
    'pager.label': 'الصفحات',
    'pager.previous': 'الصفحة السابقة',
    'pager.next': 'الصفحة التالية',
    'pager.status': 'الصفحة {page} من {pages} (المجموع {total})',
    'answer.yes': 'نعم',
    'answer.no': 'لا',
    'tasks.title': 'المهام',
    'tasks.service': 'الخدمة',
    'tasks.allServices': 'كل الخدمات',
    'tasks.due': 'الموعد النهائي',
    'tasks.anyDue': 'أي وقت',
    'tasks.overdue': 'متأخرة',
    'tasks.dueSoon': 'خلال يومين',
    'tasks.none': 'لا توجد مهام مطابقة.',
    'tasks.task': 'المهمة',
    'tasks.reference': 'الطلب',
    'tasks.assignee': 'المسؤول',
    'tasks.unassigned': 'لا أحد',
    'tasks.me': 'أنا',
    'tasks.claim': 'استلام',
    'tasks.unclaim': 'إعادة',
    'tasks.complete': 'إنهاء المهمة',
    'tasks.completed': 'تم إنهاء المهمة: {task} للطلب {reference}.',
    'tasks.request': 'الطلب',
    'tasks.decision': 'قرارك',
    'tasks.claimFirst': 'استلم المهمة للعمل عليها.',
    'tasks.overdueBadge': 'متأخرة',
    'documents.title': 'المستندات',
    'documents.none': 'لا توجد مستندات بعد.',
    'documents.add': 'أضف مستندًا',
    'documents.hint': 'PDF أو PNG أو JPEG، حتى ١٠ ميغابايت.',
    'documents.upload': 'رفع',
    'documents.choose': 'اختر ملفًا أولًا.',
    'documents.uploaded': 'تم رفع {name}.',
    'documents.removeShort': 'إزالة',
    'documents.remove': 'إزالة {name}',
    'documents.removed': 'أُزيل {name}.',
    'documents.beforeSubmit': 'أرفق المستندات المذكورة تحت "ما تحتاج إليه". تُرسل مع طلبك.',
    'nav.notifications': 'الإشعارات',
    'notifications.title': 'الإشعارات',
    'notifications.intro': 'نُعلمك عندما يتقدم طلبك، وعندما تستحق الرسوم، وعندما نحتاج منك شيئًا.',
    'notifications.legend': 'كيف نتواصل معك؟',
    'notifications.email': 'عبر البريد الإلكتروني',
    'notifications.sms': 'عبر رسالة نصية (SMS)',
    'notifications.save': 'حفظ',
    'notifications.saved': 'تم الحفظ.',
    'notifications.atLeastOne': 'اختر البريد الإلكتروني أو الرسائل النصية أو كليهما.',
    'messages.title': 'الرسائل التي أرسلناها إليك',
    'messages.none': 'لا توجد رسائل بعد.',
    'messages.email': 'بريد إلكتروني',
    'messages.sms': 'رسالة نصية',
    'messages.to': 'إلى {to}',
    'error.signIn': 'يرجى تسجيل الدخول للمتابعة.',
    'error.notFound': 'هذه الصفحة غير موجودة.',
    'error.generic': 'حدث خطأ. يرجى المحاولة مرة أخرى.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['en'];

let current: Locale = (localStorage.getItem('locale') as Locale | null) ?? (navigator.language.startsWith('ar') ? 'ar' : 'en');

export function locale(): Locale {
  return current;
}

export function setLocale(next: Locale): void {
  current = next;
  localStorage.setItem('locale', next);
  applyLocale();
}

export function applyLocale(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
}

export function t(key: MessageKey, parameters: Record<string, string | number> = {}): string {
  return messages[current][key].replace(/\{(\w+)\}/g, (_, name: string) => String(parameters[name] ?? ''));
}

export function formatDate(iso: string, withTime = false): string {
  return new Intl.DateTimeFormat(current === 'ar' ? 'ar-EG' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: withTime ? 'short' : undefined,
  }).format(new Date(iso));
}

/** A calendar date (yyyy-mm-dd) as the applicant chose it, with no time zone shift. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(current === 'ar' ? 'ar-EG' : 'en-GB', { dateStyle: 'medium' }).format(new Date(year, month - 1, date));
}

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat(current === 'ar' ? 'ar-EG' : 'en-GB', { style: 'currency', currency }).format(amount);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(current === 'ar' ? 'ar-EG' : 'en-GB').format(value);
}
