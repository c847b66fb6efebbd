/** English UI text for embeds (/en/embed/…) and the Embed/Download tools. Part of `en` (src/i18n/en.ts); mirrors src/i18n/id/embed.ts. */
import type { Messages } from '../messages.ts';
import type { embed as idEmbed } from '../id/embed.ts';

export const embed: Messages<typeof idEmbed> = {
  source: 'Source: Ombudsman of the Republic of Indonesia, processed by Zona Pelayanan',
  viewFull: 'More on {site}',
  nationalTitle: 'Compliance zones of regencies and cities, {year}',
  provinceTitle: 'Compliance zones in {name} Province, {year}',
  trendTitle: 'Compliance score of {name}',
  trendSubtitle: 'Score 0–100 per year; province and national medians where at least 5 scores were published',
  complaintsTitle: 'Complaints about {name}',
  complaintsSubtitle: 'Reports received and resolved by Ombudsman RI per year',
  compareTitle: 'Compliance scores compared',
  compareNoJs: 'This comparison is put together in the browser and needs JavaScript. Open the full page:',
  shareImageAlt: 'Card for {name}: latest compliance zone and score with the trend, from Zona Pelayanan',
  /** Under an embedded chart, instead of its table: `… tabel di halaman lengkap · CSV`. */
  figuresElsewhere: 'The figures behind the chart, with their sources:',
  figuresOnPage: 'table on the full page',
  figuresCsv: 'CSV',
  tools: {
    label: 'Embed or download: {title}',
    embed: 'Embed',
    embedIntro:
      'Copy this code into your page: the frame, then a small script that fits its height to the content (once per page is enough). If your site strips scripts, the frame is {height} pixels tall.',
    iframeLabel: 'Embed code (iframe and height script)',
    flags: 'Options in the embed address: ?theme=light, ?theme=dark or ?plain=1 (no title or source line, for print).',
    preview: 'Open the embed',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically. The code is selected: press Ctrl+C (⌘C on a Mac).',
    copyPress: 'Press Ctrl+C',
    download: 'Download',
    svg: 'Vector image (SVG)',
    png: 'PNG image ({width} × {height} pixels)',
    pngWorking: 'Making the PNG…',
    pngDone: 'PNG downloaded',
    pngFailed: 'This browser could not make the PNG; download the SVG instead.',
    csv: 'Figures behind the chart (CSV)',
    dataLink: 'All data',
  },
};
