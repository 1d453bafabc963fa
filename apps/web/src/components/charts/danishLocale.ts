import { DANISH_MONTHS } from '@overblik/core';
import type { registerLocale } from 'echarts/core';

type LocaleOption = Parameters<typeof registerLocale>[1];

/** ECharts' texts in Danish (it ships none): month and day names, toolbox, legend and the generated chart descriptions. */
export const DANISH_LOCALE: LocaleOption = {
  time: {
    month: [...DANISH_MONTHS],
    monthAbbr: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    dayOfWeek: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    dayOfWeekAbbr: ['søn.', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.'],
  },
  legend: {
    selector: { all: 'Alle', inverse: 'Omvendt' },
  },
  toolbox: {
    brush: {
      title: {
        rect: 'Vælg med rektangel',
        polygon: 'Vælg med lasso',
        lineX: 'Vælg vandret',
        lineY: 'Vælg lodret',
        keep: 'Behold valg',
        clear: 'Ryd valg',
      },
    },
    dataView: { title: 'Datavisning', lang: ['Datavisning', 'Luk', 'Opdatér'] },
    dataZoom: { title: { zoom: 'Zoom', back: 'Nulstil zoom' } },
    magicType: {
      title: { line: 'Skift til kurvediagram', bar: 'Skift til søjlediagram', stack: 'Stak', tiled: 'Side om side' },
    },
    restore: { title: 'Gendan' },
    saveAsImage: { title: 'Gem som billede', lang: ['Højreklik for at gemme billedet'] },
  },
  series: {
    typeNames: {
      pie: 'Cirkeldiagram',
      bar: 'Søjlediagram',
      line: 'Kurvediagram',
      scatter: 'Punktdiagram',
      effectScatter: 'Punktdiagram med effekt',
      radar: 'Radardiagram',
      tree: 'Trædiagram',
      treemap: 'Trækort',
      boxplot: 'Kassediagram',
      candlestick: 'Lysestagediagram',
      k: 'K-linjediagram',
      heatmap: 'Varmekort',
      map: 'Kort',
      parallel: 'Parallelle koordinater',
      lines: 'Linjegraf',
      graph: 'Relationsgraf',
      sankey: 'Sankeydiagram',
      funnel: 'Tragtdiagram',
      gauge: 'Måler',
      pictorialBar: 'Billedsøjler',
      themeRiver: 'Temaflod',
      sunburst: 'Solstrålediagram',
      custom: 'Tilpasset diagram',
      chart: 'Diagram',
    },
  },
  aria: {
    general: { withTitle: 'Dette er et diagram om "{title}"', withoutTitle: 'Dette er et diagram' },
    series: {
      single: { prefix: '', withName: ' af typen {seriesType} med navnet {seriesName}.', withoutName: ' af typen {seriesType}.' },
      multiple: {
        prefix: '. Det består af {seriesCount} dataserier.',
        withName: ' Serie {seriesId} er et {seriesType}, der viser {seriesName}.',
        withoutName: ' Serie {seriesId} er et {seriesType}.',
        separator: { middle: '', end: '' },
      },
    },
    data: {
      allData: 'Dataene er: ',
      partialData: 'De første {displayCnt} punkter er: ',
      withName: 'værdien for {name} er {value}',
      withoutName: '{value}',
      separator: { middle: ', ', end: '. ' },
    },
  },
};
