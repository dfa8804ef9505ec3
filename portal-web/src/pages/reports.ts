import type { ChartConfiguration } from 'chart.js';
import { api } from '../api';
import { dataTable, h, show } from '../dom';
import { formatDay, formatMoney, formatNumber, locale, MessageKey, t } from '../i18n';
import { navigate } from '../router';

interface Series {
  key: string;
  name: string;
  counts: number[];
  total: number;
}

interface Dashboard {
  from: string;
  to: string;
  interval: 'day' | 'week';
  services: { key: string; name: string }[];
  periods: string[];
  submissions: Series[];
  funnel: { step: 'draft_started' | 'submitted' | 'paid' | 'decided'; count: number; dropOffPercent?: number }[];
  processing: {
    key: string;
    name: string;
    targetDays?: number;
    decided: number;
    medianDays?: number;
    p90Days?: number;
    withinTarget: number;
    late: number;
    compliancePercent?: number;
    escalatedTasks: number;
  }[];
  openByAge: { band: string; count: number }[];
  clerks: { id: string; name: string; completed: number }[];
  departments: { id: string; name: string; completed: number }[];
  fees: { currency: string; collected: number[]; refunded: number[]; totalCollected: number; totalRefunded: number; payments: number; refunds: number }[];
  messages: { channel: 'email' | 'sms'; sent: number; failed: number; delivered: number; undelivered: number; deliveryRatePercent?: number }[];
}

/** Colours that stay apart for most colour vision, in order of use. */
const PALETTE = ['#0b5cad', '#d4691e', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41'];

const FUNNEL_STEPS: Record<Dashboard['funnel'][number]['step'], MessageKey> = {
  draft_started: 'reports.funnel.drafts',
  submitted: 'reports.funnel.submitted',
  paid: 'reports.funnel.paid',
  decided: 'reports.funnel.decided',
};

const PRESETS = ['7', '30', 'custom'] as const;

/** The reporting dashboard for supervisors and admins: each figure as a chart and as a table. */
export async function reportsPage(main: HTMLElement, query: URLSearchParams): Promise<void> {
  const search = new URLSearchParams();
  for (const name of ['from', 'to', 'interval', 'service']) {
    const value = query.get(name);
    if (value) search.set(name, value);
  }
  const [report, { Chart }] = await Promise.all([api<Dashboard>(`/api/reports?${search}`), import('chart.js/auto')]);
  const draw = (canvas: HTMLCanvasElement, config: ChartConfiguration): void => {
    // drawn once in the page: a canvas needs its size from the layout
    requestAnimationFrame(() => {
      if (canvas.isConnected) new Chart(canvas, withDefaults(config));
    });
  };
  const periodLabels = report.periods.map((start) => (report.interval === 'week' ? t('reports.weekOf', { day: formatDay(start) }) : formatDay(start)));

  const sections: HTMLElement[] = [];
  sections.push(
    figure(
      'submissions',
      t('reports.submissions'),
      t('reports.submissionsSummary', { total: formatNumber(report.submissions.reduce((sum, series) => sum + series.total, 0)) }),
      (canvas) =>
        draw(canvas, {
          type: 'bar',
          data: {
            labels: periodLabels,
            datasets: report.submissions.map((series, index) => ({ label: series.name, data: series.counts, backgroundColor: PALETTE[index % PALETTE.length] })),
          },
          options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
        }),
      [t('reports.period'), ...report.submissions.map((series) => series.name)],
      report.periods.map((_, index) => [periodLabels[index], ...report.submissions.map((series) => formatNumber(series.counts[index]))]),
    ),
  );
  sections.push(
    figure(
      'funnel',
      t('reports.funnel'),
      report.funnel.map((step) => `${t(FUNNEL_STEPS[step.step])}: ${formatNumber(step.count)}`).join(', '),
      (canvas) =>
        draw(canvas, {
          type: 'bar',
          data: {
            labels: report.funnel.map((step) => t(FUNNEL_STEPS[step.step])),
            datasets: [{ label: t('reports.requests'), data: report.funnel.map((step) => step.count), backgroundColor: PALETTE[0] }],
          },
          options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
        }),
      [t('reports.step'), t('reports.requests'), t('reports.dropOff')],
      report.funnel.map((step) => [t(FUNNEL_STEPS[step.step]), formatNumber(step.count), step.dropOffPercent === undefined ? '–' : percent(step.dropOffPercent)]),
    ),
  );
  sections.push(
    figure(
      'processing',
      t('reports.processing'),
      report.processing.map((row) => `${row.name}: ${days(row.medianDays)} / ${days(row.p90Days)} (${t('reports.target')} ${days(row.targetDays)})`).join('; '),
      (canvas) =>
        draw(canvas, {
          type: 'bar',
          data: {
            labels: report.processing.map((row) => row.name),
            datasets: [
              { label: t('reports.median'), data: report.processing.map((row) => row.medianDays ?? null), backgroundColor: PALETTE[0] },
              { label: t('reports.p90'), data: report.processing.map((row) => row.p90Days ?? null), backgroundColor: PALETTE[1] },
              { label: t('reports.target'), data: report.processing.map((row) => row.targetDays ?? null), backgroundColor: PALETTE[2] },
            ],
          },
          options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
        }),
      [t('tasks.service'), t('reports.decided'), t('reports.median'), t('reports.p90'), t('reports.target')],
      report.processing.map((row) => [row.name, formatNumber(row.decided), days(row.medianDays), days(row.p90Days), days(row.targetDays)]),
    ),
  );
  sections.push(
    figure(
      'sla',
      t('reports.sla'),
      report.processing.map((row) => `${row.name}: ${row.compliancePercent === undefined ? '–' : percent(row.compliancePercent)}`).join('; '),
      (canvas) =>
        draw(canvas, {
          type: 'bar',
          data: {
            labels: report.processing.map((row) => row.name),
            datasets: [{ label: t('reports.compliance'), data: report.processing.map((row) => row.compliancePercent ?? null), backgroundColor: PALETTE[2] }],
          },
          options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, max: 100 } } },
        }),
      [t('tasks.service'), t('reports.withinTarget'), t('reports.late'), t('reports.compliance'), t('reports.escalated')],
      report.processing.map((row) => [
        row.name,
        formatNumber(row.withinTarget),
        formatNumber(row.late),
        row.compliancePercent === undefined ? '–' : percent(row.compliancePercent),
        formatNumber(row.escalatedTasks),
      ]),
    ),
  );
  sections.push(
    figure(
      'open',
      t('reports.openByAge'),
      report.openByAge.map((band) => `${ageLabel(band.band)}: ${formatNumber(band.count)}`).join(', '),
      (canvas) =>
        draw(canvas, {
          type: 'bar',
          data: {
            labels: report.openByAge.map((band) => ageLabel(band.band)),
            datasets: [{ label: t('reports.requests'), data: report.openByAge.map((band) => band.count), backgroundColor: PALETTE[3] }],
          },
          options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
        }),
      [t('reports.age'), t('reports.requests')],
      report.openByAge.map((band) => [ageLabel(band.band), formatNumber(band.count)]),
    ),
  );
  for (const [id, title, rows] of [
    ['clerks', t('reports.byClerk'), report.clerks],
    ['departments', t('reports.byDepartment'), report.departments],
  ] as const) {
    sections.push(
      figure(
        id,
        title,
        rows.length === 0 ? t('reports.noTasks') : rows.map((row) => `${row.name}: ${formatNumber(row.completed)}`).join(', '),
        (canvas) =>
          draw(canvas, {
            type: 'bar',
            data: {
              labels: rows.map((row) => row.name),
              datasets: [{ label: t('reports.completed'), data: rows.map((row) => row.completed), backgroundColor: PALETTE[5] }],
            },
            options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
          }),
        [id === 'clerks' ? t('reports.clerk') : t('reports.department'), t('reports.completed')],
        rows.map((row) => [row.name, formatNumber(row.completed)]),
      ),
    );
  }
  sections.push(
    figure(
      'fees',
      t('reports.fees'),
      report.fees.length === 0
        ? t('reports.noFees')
        : report.fees
            .map((fees) => t('reports.feesSummary', { collected: formatMoney(fees.totalCollected, fees.currency), refunded: formatMoney(fees.totalRefunded, fees.currency) }))
            .join('; '),
      (canvas) =>
        draw(canvas, {
          type: 'bar',
          data: {
            labels: periodLabels,
            datasets: report.fees.flatMap((fees, index) => [
              { label: `${t('reports.collected')} (${fees.currency})`, data: fees.collected, backgroundColor: PALETTE[(2 * index) % PALETTE.length] },
              { label: `${t('reports.refunded')} (${fees.currency})`, data: fees.refunded, backgroundColor: PALETTE[(2 * index + 1) % PALETTE.length] },
            ]),
          },
          options: { scales: { y: { beginAtZero: true } } },
        }),
      [t('reports.period'), ...report.fees.flatMap((fees) => [`${t('reports.collected')} (${fees.currency})`, `${t('reports.refunded')} (${fees.currency})`])],
      report.periods.map((_, index) => [
        periodLabels[index],
        ...report.fees.flatMap((fees) => [formatMoney(fees.collected[index], fees.currency), formatMoney(fees.refunded[index], fees.currency)]),
      ]),
    ),
  );
  sections.push(
    figure(
      'messages',
      t('reports.messages'),
      report.messages.map((channel) => `${channelName(channel.channel)}: ${channel.deliveryRatePercent === undefined ? '–' : percent(channel.deliveryRatePercent)}`).join(', '),
      (canvas) =>
        draw(canvas, {
          type: 'bar',
          data: {
            labels: report.messages.map((channel) => channelName(channel.channel)),
            datasets: [
              { label: t('reports.sent'), data: report.messages.map((channel) => channel.sent), backgroundColor: PALETTE[0] },
              { label: t('reports.delivered'), data: report.messages.map((channel) => channel.delivered), backgroundColor: PALETTE[2] },
              { label: t('reports.failed'), data: report.messages.map((channel) => channel.failed + channel.undelivered), backgroundColor: PALETTE[4] },
            ],
          },
          options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
        }),
      [t('reports.channel'), t('reports.sent'), t('reports.failed'), t('reports.delivered'), t('reports.undelivered'), t('reports.deliveryRate')],
      report.messages.map((channel) => [
        channelName(channel.channel),
        formatNumber(channel.sent),
        formatNumber(channel.failed),
        formatNumber(channel.delivered),
        formatNumber(channel.undelivered),
        channel.deliveryRatePercent === undefined ? '–' : percent(channel.deliveryRatePercent),
      ]),
    ),
  );

  const exportLink = h(
    'a',
    { href: `/api/reports/export?${new URLSearchParams({ from: report.from, to: report.to, interval: report.interval, ...(query.get('service') ? { service: query.get('service') ?? '' } : {}) })}`, class: 'button secondary', download: '' },
    t('reports.export'),
  );
  show(
    main,
    h('h1', {}, t('reports.title')),
    filters(report, query),
    h('p', { class: 'meta', role: 'status' }, t('reports.covering', { from: formatDay(report.from), to: formatDay(report.to) }), ' ', exportLink),
    ...sections,
  );
}

function filters(report: Dashboard, query: URLSearchParams): HTMLFormElement {
  const chosen = query.get('from') ? 'custom' : query.get('days') ?? '30';
  const preset = h(
    'select',
    { id: 'preset' },
    PRESETS.map((value) => h('option', { value, selected: value === chosen }, t(value === 'custom' ? 'reports.custom' : value === '7' ? 'reports.lastWeek' : 'reports.lastMonth'))),
  );
  const from = h('input', { id: 'from', type: 'date', value: report.from });
  const to = h('input', { id: 'to', type: 'date', value: report.to });
  const interval = h(
    'select',
    { id: 'interval' },
    h('option', { value: 'day', selected: report.interval === 'day' }, t('reports.byDay')),
    h('option', { value: 'week', selected: report.interval === 'week' }, t('reports.byWeek')),
  );
  const service = h(
    'select',
    { id: 'service' },
    h('option', { value: '' }, t('tasks.allServices')),
    report.services.map((candidate) => h('option', { value: candidate.key, selected: candidate.key === query.get('service') }, candidate.name)),
  );
  const dates = h('div', { class: 'dates' }, h('div', {}, h('label', { for: 'from' }, t('reports.from')), from), h('div', {}, h('label', { for: 'to' }, t('reports.to')), to));
  dates.hidden = chosen !== 'custom';
  preset.addEventListener('change', () => {
    dates.hidden = preset.value !== 'custom';
  });
  const form = h(
    'form',
    { class: 'filters' },
    h('div', {}, h('label', { for: 'service' }, t('tasks.service')), service),
    h('div', {}, h('label', { for: 'preset' }, t('reports.periodChoice')), preset),
    dates,
    h('div', {}, h('label', { for: 'interval' }, t('reports.grouping')), interval),
    h('div', {}, h('button', { type: 'submit', class: 'button' }, t('reports.show'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (service.value) next.set('service', service.value);
    if (preset.value === 'custom') {
      next.set('from', from.value);
      next.set('to', to.value);
    } else {
      const end = new Date();
      const start = new Date(end.getTime() - (Number(preset.value) - 1) * 86_400_000);
      next.set('days', preset.value);
      next.set('from', isoDay(start));
      next.set('to', isoDay(end));
    }
    next.set('interval', interval.value);
    navigate(`/workspace/reports?${next}`);
  });
  return form;
}

/** A figure: its heading, the chart (an image described by its summary) and the same data as a table. */
function figure(id: string, title: string, summary: string, chart: (canvas: HTMLCanvasElement) => void, headings: string[], rows: string[][]): HTMLElement {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}. ${summary}` });
  const section = h(
    'section',
    { class: 'report', id: `report-${id}`, 'aria-labelledby': `report-${id}-title` },
    h('h2', { id: `report-${id}-title` }, title),
    h('div', { class: 'chart' }, canvas),
    h(
      'details',
      {},
      h('summary', {}, t('reports.table')),
      rows.length === 0 ? h('p', {}, t('reports.noData')) : dataTable(headings, rows.map((cells) => h('tr', {}, cells.map((cell, index) => (index === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell)))))),
    ),
  );
  chart(canvas);
  return section;
}

function withDefaults(config: ChartConfiguration): ChartConfiguration {
  const rtl = locale() === 'ar';
  return {
    ...config,
    options: {
      ...config.options,
      animation: false,
      maintainAspectRatio: false,
      locale: rtl ? 'ar-EG' : 'en-GB',
      plugins: { ...config.options?.plugins, legend: { rtl, ...config.options?.plugins?.legend }, tooltip: { rtl } },
    },
  };
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function days(value: number | undefined): string {
  return value === undefined ? '–' : t('reports.days', { days: formatNumber(value) });
}

function percent(value: number): string {
  return new Intl.NumberFormat(locale() === 'ar' ? 'ar-EG' : 'en-GB', { style: 'percent' }).format(value / 100);
}

function ageLabel(band: string): string {
  return band.endsWith('+') ? t('reports.ageOver', { days: formatNumber(Number(band.slice(0, -1)) - 1) }) : t('reports.ageRange', { from: formatNumber(Number(band.split('-')[0])), to: formatNumber(Number(band.split('-')[1])) });
}

function channelName(channel: 'email' | 'sms'): string {
  return t(channel === 'email' ? 'reports.email' : 'reports.sms');
}
