import { describe, expect, it } from 'vitest';
import { type AgendaEntry, assembleAgenda, type CollectedInput, defaultAgendaTemplate, type TemplateItem } from './agenda.js';

const template: TemplateItem[] = [
  { key: 'actions', title: 'Opfølgning på aktioner' },
  { key: 'economy', title: 'Økonomi og fakturering' },
  { key: 'other', title: 'Eventuelt' },
];
const input = (source: string, section: string, reference: string): CollectedInput => ({
  source,
  section,
  title: `${source} ${reference}`,
  reference,
  link: null,
});
const titles = (entries: AgendaEntry[]) => entries.map((e) => e.title);

describe('assembleAgenda', () => {
  it.each<[string, AgendaEntry[], CollectedInput[], string[]]>([
    [
      'an empty agenda: each template item, then its inputs in the order collected',
      [],
      [
        input('invoice_deviations', 'economy', 'f1'),
        input('open_actions', 'actions', 'a1'),
        input('invoice_deviations', 'economy', 'f2'),
      ],
      [
        'Opfølgning på aktioner',
        'open_actions a1',
        'Økonomi og fakturering',
        'invoice_deviations f1',
        'invoice_deviations f2',
        'Eventuelt',
      ],
    ],
    ['no inputs: the template alone', [], [], ['Opfølgning på aktioner', 'Økonomi og fakturering', 'Eventuelt']],
    [
      'an input of a section the template does not have goes last',
      [],
      [input('security', 'security', 's1')],
      ['Opfølgning på aktioner', 'Økonomi og fakturering', 'Eventuelt', 'security s1'],
    ],
  ])('Given %s, When assembled, Then the order is as expected', (_, existing, inputs, expected) => {
    expect(titles(assembleAgenda(existing, template, inputs))).toEqual(expected);
  });

  it('Given an agenda a person reordered and added to, When collected again, Then their order stays and only new inputs are added after their section', () => {
    const first = assembleAgenda([], template, [input('invoice_deviations', 'economy', 'f1')]);
    // The person moves "Eventuelt" first and adds an item of their own at the end.
    const reordered: AgendaEntry[] = [
      first[3] as AgendaEntry,
      ...first.slice(0, 3),
      { section: null, title: 'Eget punkt', source: null, reference: null, link: null },
    ];
    const again = assembleAgenda(reordered, template, [
      input('invoice_deviations', 'economy', 'f1'),
      input('invoice_deviations', 'economy', 'f2'),
    ]);
    expect(titles(again)).toEqual([
      'Eventuelt',
      'Opfølgning på aktioner',
      'Økonomi og fakturering',
      'invoice_deviations f1',
      'invoice_deviations f2',
      'Eget punkt',
    ]);
  });

  it('Given the agenda already holds every input, When collected again, Then nothing is added', () => {
    const inputs = [input('deadlines', 'other', 'd1')];
    const once = assembleAgenda([], template, inputs);
    expect(assembleAgenda(once, template, inputs)).toEqual(once);
  });

  it('Given no template of its own, Then the Drejebog defaults are used in Danish with Eventuelt last', () => {
    const defaults = defaultAgendaTemplate();
    expect(defaults[0]).toEqual({ key: 'actions', title: 'Opfølgning på aktioner' });
    expect(defaults.at(-1)?.title).toBe('Eventuelt');
  });
});
